// Speeches that mention (relation MENTIONS) or were delivered at (DELIVERED_AT) each meeting (batched).
// params: $keys (list of meeting keys), $delivered (bool: DELIVERED_AT when true, MENTIONS otherwise), $limit (int per meeting)
// returns: rows {key, speeches: [speech map without text]}
UNWIND $keys AS key
MATCH (s:Speech)-[r:MENTIONS|DELIVERED_AT]->(:Meeting {key: key})
WHERE (type(r) = 'DELIVERED_AT') = $delivered
WITH key, s ORDER BY coalesce(s.date, '') DESC, s.id
WITH key, collect(DISTINCT s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields})[..$limit] AS speeches
RETURN key, speeches
