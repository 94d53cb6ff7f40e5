// After `neo4j-admin database import` (see emptyVariants.cypher): a MENTIONS without positions
// gets the empty `offsets` / `ends` / `sentences` lists `tifa ingest` stores. Run only when the
// import files held such a mention (it reads every MENTIONS).
// Parameters: none.
// Returns: nothing.
MATCH ()-[m:MENTIONS]->() WHERE m.offsets IS NULL
CALL (m) {
  SET m.offsets = [], m.ends = [], m.sentences = []
} IN TRANSACTIONS OF 10000 ROWS
