// Stores the list sizes (sloganCount, meetingCount, personCount, documentCount, termCount) of up
// to $batch speeches that lack them: written before the sizes were kept, or loaded by a tool that
// does not write them. Speeches written by `tifa ingest` have them, so this then changes nothing.
// Run again until it returns 0.
// params: $batch (int)
// returns: one row {updated}
MATCH (s:Speech) WHERE s.sloganCount IS NULL OR s.meetingCount IS NULL OR s.personCount IS NULL OR s.documentCount IS NULL OR s.termCount IS NULL
WITH s LIMIT $batch
SET s.sloganCount = COUNT { (s)-[:MENTIONS]->(:Slogan) },
    s.meetingCount = COUNT { (s)-[:MENTIONS]->(:Meeting) },
    s.personCount = COUNT { (s)-[:MENTIONS]->(:Person) },
    s.documentCount = COUNT { (s)-[:MENTIONS]->(:Document) },
    s.termCount = COUNT { (s)-[:MENTIONS]->(:Term) }
RETURN count(s) AS updated
