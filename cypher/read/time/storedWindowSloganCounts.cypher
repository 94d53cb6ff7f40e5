// One side of a rising comparison for no filter or a level alone and a window of whole years,
// from the stored per-slice counts (only when cypher/read/time/slicesUsable.cypher says so): the
// dated speeches in the window, and per slogan those of them that use it (sums of year slices).
// Parameters: $prefix ('' for every speech, 'level:<level>|' for one level), $from, $to (YYYY or null: open).
// Returns: one row: speeches, slogans: [{name, speeches}] (slogans no such speech uses left out).
CALL () {
  MATCH (t:Slice) WHERE t.key STARTS WITH $prefix + 'year:'
  WITH substring(t.key, size($prefix) + 5) AS year, t
  WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
  RETURN collect(t.key) AS keys, sum(t.speeches) AS speeches
}
CALL (keys) {
  MATCH (c:SloganSlice) WHERE c.slice IN keys
  WITH c.name AS name, sum(c.speeches) AS speeches
  RETURN collect({name: name, speeches: speeches}) AS slogans
}
RETURN speeches, slogans
