// Terms by summed TF-IDF weight (then mentions, then name), over all speeches or within one.
// Over all speeches the sums are the stored Term.weightTotal (whole millionths) and
// Term.mentionCount (cypher/analytics/listTotalsAdd.cypher), read in the order of the weight's
// range index; summed from MENTIONS only when the co-occurrence marker says the stored counts may be
// stale (cypher/analytics/cooccursState.cypher). Within one speech: that speech's mentions.
// A branch not taken must not scan: its guard is an UNWIND of an empty list, which the planner keeps
// before the scan (a WHERE on the imported flag was planned after it and scanned every speech).
// params: $speechId (string|null), $limit (int)
// returns: rows {term, count, weight}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored
CALL (stored) {
  WITH stored WHERE $speechId IS NULL AND stored
  MATCH (t:Term) WHERE t.weightTotal IS NOT NULL
  WITH t ORDER BY t.weightTotal DESC, t.mentionCount DESC, t.name LIMIT $limit
  RETURN t.name AS term, t.mentionCount AS count, t.weightTotal / 1000000.0 AS weight
  UNION
  UNWIND CASE WHEN $speechId IS NULL AND NOT stored THEN [1] ELSE [] END AS counted
  MATCH (:Speech)-[m:MENTIONS]->(t:Term)
  WITH t, sum(coalesce(m.count, 0)) AS count, sum(toInteger(round(coalesce(m.weight, 0.0) * 1000000))) AS weight
  RETURN t.name AS term, count, weight / 1000000.0 AS weight ORDER BY weight DESC, count DESC, term LIMIT $limit
  UNION
  WITH stored WHERE $speechId IS NOT NULL
  MATCH (:Speech {id: $speechId})-[m:MENTIONS]->(t:Term)
  WITH t, sum(coalesce(m.count, 0)) AS count, sum(coalesce(m.weight, 0.0)) AS weight
  RETURN t.name AS term, count, weight ORDER BY weight DESC, count DESC, term LIMIT $limit
}
RETURN term, count, weight
ORDER BY weight DESC, count DESC, term
