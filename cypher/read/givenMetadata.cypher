// The speeches that hold given metadata, a page at a time in id order: their text and the stored
// value of every metadata field, so `tifa check --metadata` can extract the text again and report
// where the given values and the extractor disagree.
// params: $after (speech id; '' for the first page), $limit (int)
// returns: rows {id, source, text, givenFields, title, venue, date, genre, level, speaker: {name, role}|null, placeCode}
MATCH (s:Speech)
WHERE s.id > $after AND s.givenFields IS NOT NULL
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (s)-[r:SPOKEN_BY]->(person:Person)
OPTIONAL MATCH (s)-[:FROM]->(p:Place)
RETURN s.id AS id, s.source AS source, s.text AS text, s.givenFields AS givenFields, s.title AS title, s.venue AS venue,
       s.date AS date, s.genre AS genre, s.level AS level,
       CASE WHEN person IS NULL THEN null ELSE {name: person.name, role: r.role} END AS speaker, p.code AS placeCode
ORDER BY id
