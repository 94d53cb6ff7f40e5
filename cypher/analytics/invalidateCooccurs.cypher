// First step of a co-occurrence rebuild: marks the derived data unusable (readers use the full
// computation until the rebuild validates it), zeroes the unit totals the rebuild's deltas will
// add up again, and bumps the delta counter.
// Parameters: none. Returns: writes (the counter after the bump; the rebuild validates only if
//   no delta but its own ran since).
MERGE (st:CooccurrenceState {scope: 'SPEECH'})
SET st.valid = false, st.speeches = 0, st.sections = 0, st.sentences = 0,
    st.writes = coalesce(st.writes, 0) + 1
RETURN st.writes AS writes
