// Number of speeches in the graph (tifa up ingests the examples when it is 0).
// params: none
// returns: one row {speeches: int}
RETURN COUNT { MATCH (:Speech) } AS speeches
