// After `neo4j-admin database import` (see emptyVariants.cypher): a speech without sentences gets
// the empty `sentenceStarts` / `sentenceEnds` lists `tifa ingest` stores.
// Parameters: none.
// Returns: nothing.
MATCH (sp:Speech) WHERE sp.sentenceStarts IS NULL
CALL (sp) {
  SET sp.sentenceStarts = [], sp.sentenceEnds = []
} IN TRANSACTIONS OF 10000 ROWS
