// A page of the undated speeches (they come last in the speech list), by id after $afterId, that the
// filter keeps (cypher/read/speechFilter.cypher); read once the dated ones are used up.
// params: $afterId ('' from the first), $limit (int), and the filter's parameters
// returns: rows {speech: speech map without text}, in list order
MATCH (s:Speech)
WHERE s.id > $afterId AND s.date IS NULL AND /*speechFilter*/ true
WITH s ORDER BY s.id LIMIT $limit
RETURN s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields} AS speech
