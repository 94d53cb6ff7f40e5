// After `neo4j-admin database import`: the import files cannot hold an empty list (an empty field
// is no property), and `tifa ingest` stores `variants: []` on every speech-to-slogan MENTIONS
// without variants; this writes those, speech by speech, in batches (run in an auto-commit
// session, as CALL … IN TRANSACTIONS requires).
// Parameters: none.
// Returns: nothing.
MATCH (sp:Speech)
CALL (sp) {
  MATCH (sp)-[m:MENTIONS]->(:Slogan) WHERE m.variants IS NULL
  SET m.variants = []
} IN TRANSACTIONS OF 2000 ROWS
