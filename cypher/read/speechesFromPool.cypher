// A page of the speech list started from one side of the filter (cypher/read/speechPool.cypher: a
// slogan, a meeting, a place, a level or the full-text hits of the text): those speeches that the
// filter keeps (cypher/read/speechFilter.cypher) after the keyset position, newest first (undated,
// as '', last), then by id. It costs the size of that side, which the caller keeps small.
// params: $pool, $afterDate, $afterId (the last speech shown; '\uffff' and '' on the first page),
//         $limit (int), and the filter's and the pool's parameters
// returns: rows {speech: speech map without text}, in list order
CALL () {
  /*speechPool*/ RETURN null AS s
}
WITH s, coalesce(s.date, '') AS date
WHERE CASE WHEN date = $afterDate THEN s.id > $afterId ELSE date < $afterDate END
  AND /*speechFilter*/ true
WITH s, date ORDER BY date DESC, s.id LIMIT $limit
RETURN s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields} AS speech
