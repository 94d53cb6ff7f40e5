// A page of the speech list read in list order: dated speeches from the range index on Speech.date,
// newest first, then by id, after the keyset position ($afterDate, $afterId), that the filter keeps
// (cypher/read/speechFilter.cypher); then, when they run out before $limit and $undated allows,
// the undated speeches by id (they come last). The index is walked downwards from $dateTop (the
// position's date, or the top of the filter's date range) and the walk stops at $limit, so a page
// costs about $limit / (share of speeches the filter keeps) index entries. The position is tested
// with CASE, not OR: an OR would let the planner split the seek in two and sort everything.
// params: $dateLow (lowest date kept, '' for all), $dateTop (highest date kept: an ISO date,
//         '\uffff' above every date, '' when the position is among the undated), $afterDate,
//         $afterId (the last speech shown; '\uffff' and '' on the first page), $undated (boolean:
//         no date filter), $undatedAfter (the id after which undated speeches start: '' unless the
//         position is among them), $limit (int), and the filter's parameters
// returns: rows {speech: speech map without text}, in list order
CALL () {
  MATCH (s:Speech)
  WHERE s.date >= $dateLow AND s.date <= $dateTop
    AND CASE WHEN s.date = $afterDate THEN s.id > $afterId ELSE true END
    AND /*speechFilter*/ true
  WITH s ORDER BY s.date DESC, s.id LIMIT $limit
  RETURN collect(s) AS dated
}
// The undated ones only when the page is not full: `from` is null otherwise, and `s.id > null`
// seeks nothing (a WHERE on `dated` alone would let the planner scan them before testing it).
CALL (dated) {
  WITH CASE WHEN $undated AND size(dated) < $limit THEN $undatedAfter END AS from
  MATCH (s:Speech)
  WHERE s.id > from AND s.date IS NULL AND /*speechFilter*/ true
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(s) AS undated
}
UNWIND (dated + undated)[..$limit] AS s
RETURN s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields} AS speech
