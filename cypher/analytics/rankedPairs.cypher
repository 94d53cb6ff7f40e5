// Fastest path of co-occurrence without a filter: a slice of a stored ranking (storeRanking.cypher),
// when it describes the current counts — the marker is usable (as in cooccursState.cypher) and its
// delta counter is the one the ranking was computed at. The ranking holds the top $rankSize pairs
// with support ≥ its own minSupport, in the order of materialisedPairs.cypher; any pair outside it
// ranks below every pair in it, so the pairs of it with support ≥ $minSupport (≥ its minSupport),
// taken in order, are the exact answer when $first of them are there or when it holds every pair
// (`complete`). Cost: one indexed node and its lists, not the number of pairs.
// Parameters: $key (scope, measure and the ranking's minSupport, see src/graph/cooccurrence/ranking.ts),
//   $minSupport (integer ≥ the ranking's minSupport), $first (integer).
// Returns: no row when the ranking is missing, stale or too short for the question; otherwise one
//   row: pairs (list of {a, b, aKind, bKind, support, score}, at most $first, in ranking order).
MATCH (rk:CooccurrenceRanking {key: $key}) WHERE rk.minSupport <= $minSupport
MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WHERE st.valid AND st.writes = rk.writes AND st.speeches = COUNT { MATCH (:Speech) }
WITH rk, rk.support AS support
WITH rk, support,
     CASE WHEN $minSupport = rk.minSupport
       THEN range(0, CASE WHEN size(support) < $first THEN size(support) ELSE $first END - 1)
       ELSE [i IN range(0, size(support) - 1) WHERE support[i] >= $minSupport][..$first]
     END AS picked
WHERE size(picked) = $first OR rk.complete
WITH picked, support, rk.a AS a, rk.b AS b, rk.aKind AS aKind, rk.bKind AS bKind, rk.score AS score
RETURN [i IN picked | {a: a[i], b: b[i], aKind: aKind[i], bKind: bKind[i], support: support[i], score: score[i]}] AS pairs
