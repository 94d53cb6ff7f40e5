// Rebuild step 2, run until it returns 0: deletes up to $limit CO_OCCURS relationships and clears
// the per-slogan unit and mention counts of up to $limit slogans, the list totals of up to
// $limit meetings, terms and places (listTotalsAdd.cypher), and up to $limit per-slice count nodes
// (Slice, SloganSlice, PairSlice: slicesDelta.cypher) (bounded transaction memory at any size).
// Parameters: $limit (integer). Returns: cleared (relationships deleted + nodes cleared).
CALL () {
  MATCH ()-[r:CO_OCCURS]->()
  WITH r LIMIT $limit
  DELETE r
  RETURN count(r) AS pairs
}
CALL () {
  MATCH (s:Slogan) WHERE s.speechCount IS NOT NULL OR s.sectionCount IS NOT NULL OR s.sentenceCount IS NOT NULL OR s.mentionCount IS NOT NULL
  WITH s LIMIT $limit
  REMOVE s.speechCount, s.sectionCount, s.sentenceCount, s.mentionCount
  RETURN count(s) AS slogans
}
CALL () {
  CALL () {
    MATCH (x:Meeting) WHERE x.speechCount IS NOT NULL
    WITH x LIMIT $limit
    REMOVE x.speechCount
    RETURN count(x) AS n
    UNION ALL
    MATCH (x:Place) WHERE x.speechCount IS NOT NULL
    WITH x LIMIT $limit
    REMOVE x.speechCount
    RETURN count(x) AS n
    UNION ALL
    MATCH (x:Term) WHERE x.mentionCount IS NOT NULL OR x.weightTotal IS NOT NULL
    WITH x LIMIT $limit
    REMOVE x.mentionCount, x.weightTotal
    RETURN count(x) AS n
  }
  RETURN sum(n) AS totals
}
CALL () {
  MATCH (c:Slice|SloganSlice|PairSlice)
  WITH c LIMIT $limit
  DELETE c
  RETURN count(c) AS slices
}
RETURN pairs + slogans + totals + slices AS cleared
