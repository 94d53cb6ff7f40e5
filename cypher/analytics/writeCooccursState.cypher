// Last step of a rebuild: records which speech set the materialised CO_OCCURS and speechCount
// describe (the fingerprint read BEFORE the rebuild started, so a write during the rebuild makes
// the marker mismatch and readers fall back to the full computation).
// Parameters: $speeches (integer), $lastIngestedAt (datetime or null), $minSupport (integer).
// Returns: scope.
MERGE (st:CooccurrenceState {scope: 'SPEECH'})
SET st.speeches = $speeches, st.lastIngestedAt = $lastIngestedAt, st.minSupport = $minSupport, st.rebuiltAt = datetime()
RETURN st.scope AS scope
