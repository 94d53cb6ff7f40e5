// Speeches that mention (relation MENTIONS) or were delivered at (DELIVERED_AT) each meeting
// (batched), newest first (undated last), then by id. The first $limit are picked by their date and
// id alone (a top-k over the meeting's relationships) before any speech is projected: a meeting
// cited by a third of the speeches has tens of thousands.
// params: $keys (list of meeting keys), $delivered (bool: DELIVERED_AT when true, MENTIONS otherwise), $limit (int per meeting)
// returns: rows {key, speeches: [speech map without text]}
UNWIND $keys AS key
MATCH (mt:Meeting {key: key})
CALL (mt) {
  MATCH (s:Speech)-[r:MENTIONS|DELIVERED_AT]->(mt)
  WHERE (type(r) = 'DELIVERED_AT') = $delivered
  WITH DISTINCT s
  RETURN s ORDER BY coalesce(s.date, '') DESC, s.id LIMIT $limit
}
WITH key, s ORDER BY coalesce(s.date, '') DESC, s.id
RETURN key, collect(s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields}) AS speeches
