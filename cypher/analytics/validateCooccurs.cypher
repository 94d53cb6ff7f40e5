// Last step of a co-occurrence rebuild: makes the derived data usable, but only when the delta
// counter shows that no write ran beside the rebuild (its deltas could have been counted twice or
// wiped by the clearing); otherwise the marker stays invalid and the caller rebuilds again. The
// rebuild cleared and replayed the list totals too (listTotalsDelta.cypher): the marker vouches for them.
// Parameters: $writes (the counter value the rebuild expects).
// Returns: validated (0 or 1), pairs (CO_OCCURS relationships, from the count store).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'}) WHERE st.writes = $writes
SET st.valid = true, st.slices = true, st.listTotals = true
RETURN count(st) AS validated, COUNT { MATCH ()-[:CO_OCCURS]->() } AS pairs
