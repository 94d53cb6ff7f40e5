// The number of speeches the list's filter keeps, counted — per match: the speeches of one side of
// the filter ($pool, cypher/read/speechPool.cypher; 'every' or 'dated' when no side is smaller)
// that the filter keeps (cypher/read/speechFilter.cypher). Read only when a client asks for
// totalCount and no stored count answers (speechesStoredTotal.cypher).
// params: $pool, and the filter's and the pool's parameters
// returns: one row {total: int}
CALL () {
  /*speechPool*/ RETURN null AS s
}
WITH s WHERE /*speechFilter*/ true
RETURN count(s) AS total
