// After `neo4j-admin database import`, which cannot write an empty list (an empty field is no
// property), in batches (CALL … IN TRANSACTIONS, so run in an auto-commit session): a speech without sentences gets
// the empty `sentenceStarts` / `sentenceEnds` lists `tifa ingest` stores.
// Parameters: none.
// Returns: nothing.
MATCH (sp:Speech) WHERE sp.sentenceStarts IS NULL
CALL (sp) {
  SET sp.sentenceStarts = [], sp.sentenceEnds = []
} IN TRANSACTIONS OF 10000 ROWS
