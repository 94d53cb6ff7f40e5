// One page of places, provinces first (by code, which orders by level: XX0000 < XXYY00 < XXYYZZ
// within a province), after the keyset position $afterCode, with the total under the filter and the
// number of speeches from each place or any place inside it: the stored Place.speechCount
// (cypher/analytics/listTotalsAdd.cypher), counted from the speeches only when the co-occurrence
// marker says the stored counts may be stale (cypher/analytics/cooccursState.cypher). The page reads
// places in the order of the code's unique index and stops at $limit.
// params: $level (string|null), $parent (place code|null: the places directly PART_OF it),
//         $afterCode (string|null: null on the first page), $limit (int: rows to read)
// returns: one row {total: int, rows: [{code, name, level, parentCode, speeches}]}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored
CALL (stored) {
  MATCH (p:Place)
  WHERE p.code > coalesce($afterCode, '') AND ($level IS NULL OR p.level = $level)
    AND ($parent IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(:Place {code: $parent}) })
  WITH p ORDER BY p.code LIMIT $limit
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
  WITH p, speeches, up ORDER BY p.code
  RETURN collect(p {.code, .name, .level, parentCode: up.code, speeches: speeches}) AS rows
}
RETURN COUNT {
  MATCH (p:Place)
  WHERE ($level IS NULL OR p.level = $level) AND ($parent IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(:Place {code: $parent}) })
} AS total, rows
