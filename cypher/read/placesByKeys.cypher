// Places by code or by official name (batched for a DataLoader), with their parent's code and the
// number of speeches from each place or any place inside it (the stored Place.speechCount, counted
// when the co-occurrence marker says it may be stale: see placesPage.cypher). A name may mean
// several places (朝阳区 of Beijing and of Changchun): every one is returned, and the caller decides.
// params: $codes (list of codes), $names (list of names)
// returns: rows {place: {code, name, level, parentCode, speeches}}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored
MATCH (p:Place)
WHERE p.code IN $codes OR p.name IN $names
CALL (p, stored) {
  WITH p, stored WHERE stored
  RETURN p.speechCount AS speeches
  UNION
  WITH p, stored WHERE NOT stored
  OPTIONAL MATCH (s:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
  // Grouped by p: an aggregate without a grouping key would answer a row for the branch not taken.
  WITH p, count(DISTINCT s) AS speeches
  RETURN speeches
}
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
RETURN p {.code, .name, .level, parentCode: up.code, speeches: speeches} AS place
ORDER BY p.code
