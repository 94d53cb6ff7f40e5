// Whether the stored per-slice counts (cypher/analytics/slicesDelta.cypher) hold every speech: the
// co-occurrence marker is valid, counts the speeches in the graph (count store), and its slices
// flag is set — the rule of cypher/analytics/cooccursState.cypher, for the time reads.
// Parameters: none.
// Returns: one row: usable (boolean).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
RETURN coalesce(st.valid, false) AND st.speeches = COUNT { MATCH (:Speech) } AND coalesce(st.slices, false) AS usable
