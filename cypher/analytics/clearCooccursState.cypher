// First step of a rebuild: forget the marker, so readers use the full computation until the
// rebuild completes (cooccursFingerprint.cypher finds no stored state).
// Parameters: none. Returns: cleared (count).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
DELETE st
RETURN count(st) AS cleared
