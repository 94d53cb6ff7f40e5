// Whether a database may receive `tifa import`: it must hold no node at all (count store, no scan).
// Parameters: none.
// Returns: one row: nodes (integer).
RETURN COUNT { MATCH (n) } AS nodes
