// Rebuild step 2, run until it returns 0: deletes up to $limit CO_OCCURS relationships and clears
// the per-slogan unit counts of up to $limit slogans (bounded transaction memory at any size).
// Parameters: $limit (integer). Returns: cleared (relationships deleted + slogans cleared).
CALL () {
  MATCH ()-[r:CO_OCCURS]->()
  WITH r LIMIT $limit
  DELETE r
  RETURN count(r) AS pairs
}
CALL () {
  MATCH (s:Slogan) WHERE s.speechCount IS NOT NULL OR s.sectionCount IS NOT NULL OR s.sentenceCount IS NOT NULL
  WITH s LIMIT $limit
  REMOVE s.speechCount, s.sectionCount, s.sentenceCount
  RETURN count(s) AS slogans
}
RETURN pairs + slogans AS cleared
