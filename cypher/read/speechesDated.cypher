// A page of the speech list read from the range index on Speech.date: dated speeches newest first,
// then by id, after the keyset position ($afterDate, $afterId), that the filter keeps
// (cypher/read/speechFilter.cypher). The index is walked downwards from $dateTop (the position's
// date, or the top of the filter's date range) and the walk stops at $limit, so a page costs about
// $limit / (share of speeches the filter keeps) index entries. The position is tested with CASE,
// not OR: an OR would let the planner split the seek in two and sort everything.
// params: $dateLow (lowest date kept, '' for all), $dateTop (highest date kept: an ISO date, or
//         '\uffff' above every date), $afterDate, $afterId (the last speech shown; '\uffff' and ''
//         on the first page), $limit (int), and the filter's parameters
// returns: rows {speech: speech map without text}, in list order
MATCH (s:Speech)
WHERE s.date >= $dateLow AND s.date <= $dateTop
  AND CASE WHEN s.date = $afterDate THEN s.id > $afterId ELSE true END
  AND /*speechFilter*/ true
WITH s ORDER BY s.date DESC, s.id LIMIT $limit
RETURN s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields} AS speech
