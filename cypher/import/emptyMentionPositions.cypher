// After `neo4j-admin database import`, which cannot write an empty list (an empty field is no
// property), in batches (CALL … IN TRANSACTIONS, so run in an auto-commit session): a MENTIONS without positions
// gets the empty `offsets` / `ends` / `sentences` lists `tifa ingest` stores. Run only when the
// import files held such a mention (it reads every MENTIONS).
// Parameters: none.
// Returns: nothing.
MATCH ()-[m:MENTIONS]->() WHERE m.offsets IS NULL
CALL (m) {
  SET m.offsets = [], m.ends = [], m.sentences = []
} IN TRANSACTIONS OF 10000 ROWS
