// Stores a co-occurrence ranking (the top pairs of materialisedPairs.cypher for one scope, measure
// and minSupport) stamped with the marker's delta counter it was computed at, so rankedPairs.cypher
// uses it only while no write has changed the counts since. The marker is locked first (its counter
// is read in the SET itself, which takes the write lock before reading, as cooccursDelta.cypher
// does): no delta commits between the check and the store, and a ranking computed while a delta
// committed (a changed counter) is not stored at all.
// Parameters: $key, $scope, $measure, $minSupport (integer), $rankSize (integer: the most pairs a
//   ranking holds), $writes (integer: the counter the pairs were read at), $a, $b, $aKind, $bKind
//   (lists of strings), $support (list of integers), $score (list of floats), in ranking order.
// Returns: one row: stored (1, or 0 when the counts changed or the marker is not usable).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
SET st.writes = st.writes
WITH st WHERE st IS NOT NULL AND st.valid AND st.writes = $writes
MERGE (rk:CooccurrenceRanking {key: $key})
SET rk.scope = $scope, rk.measure = $measure, rk.minSupport = $minSupport, rk.rankSize = $rankSize,
    rk.writes = $writes, rk.complete = size($a) < $rankSize,
    rk.a = $a, rk.b = $b, rk.aKind = $aKind, rk.bKind = $bKind,
    rk.support = [s IN $support | toInteger(s)], rk.score = [x IN $score | toFloat(x)]
RETURN count(rk) AS stored
