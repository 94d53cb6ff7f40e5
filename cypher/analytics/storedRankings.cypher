// The stored co-occurrence rankings (storeRanking.cypher) that describe the current counts, for
// tifa check to recompute and compare; stale ones are not wrong (the next read replaces them).
// Parameters: none.
// Returns: key, scope, measure, minSupport, rankSize, total (units of the scope, from the marker),
//   pairs (list of {a, b, aKind, bKind, support, score} in ranking order).
MATCH (rk:CooccurrenceRanking)
MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WHERE st.valid AND st.writes = rk.writes AND st.speeches = COUNT { MATCH (:Speech) }
RETURN rk.key AS key, rk.scope AS scope, rk.measure AS measure, rk.minSupport AS minSupport, rk.rankSize AS rankSize,
       CASE rk.scope WHEN 'SPEECH' THEN st.speeches WHEN 'SECTION' THEN st.sections ELSE st.sentences END AS total,
       [i IN range(0, size(rk.a) - 1) | {a: rk.a[i], b: rk.b[i], aKind: rk.aKind[i], bKind: rk.bKind[i], support: rk.support[i], score: rk.score[i]}] AS pairs
ORDER BY key
