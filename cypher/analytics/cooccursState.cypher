// The one staleness check of the materialised co-occurrence (cooccursDelta.cypher): it may answer
// when the last rebuild completed (`valid`) and the speeches it counts are the speeches in the
// graph (count store, no scan) — a writer that bypassed the deltas changes the count and turns the
// fast path off until the next rebuild.
// A marker without `listTotals` predates the list totals (listTotalsAdd.cypher): not usable either,
// so the next write's refresh rebuilds them with the counts.
// Parameters: none.
// Returns: one row: usable (boolean), speeches, sections, sentences (units per scope, from the
//   marker; null without one), writes (the marker's delta counter, null without one), pairs
//   (CO_OCCURS relationships, count store), slices (the per-slice counts hold every speech too:
//   slicesAdd.cypher, validateCooccurs.cypher).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
RETURN coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS usable,
       st.speeches AS speeches, st.sections AS sections, st.sentences AS sentences, st.writes AS writes,
       COUNT { MATCH ()-[:CO_OCCURS]->() } AS pairs, coalesce(st.slices, false) AS slices
