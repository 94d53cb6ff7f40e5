// Invariant of the list totals (cypher/analytics/listTotalsAdd.cypher), when the co-occurrence
// marker says the stored counts are usable: Meeting.speechCount is the number of speeches mentioning
// the meeting, Term.mentionCount and Term.weightTotal the sums of its speech-level mentions' counts
// and weights (in whole millionths), Place.speechCount the number of speeches from it or from any
// place inside it. A graph written before they were kept lacks them: reported apart (its lists
// then order wrongly; a re-import writes them).
// params: none
// returns: rows {problem, count, examples} — no row when the invariant holds
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH st WHERE coalesce(st.valid, false)
CALL () {
  MATCH (x:Meeting)
  WITH x, x.speechCount AS stored, COUNT { MATCH (:Speech)-[:MENTIONS]->(x) } AS actual
  WHERE stored IS NULL OR stored <> actual
  RETURN 'meetings' AS kind, stored IS NULL AS missing, x.key + ': ' + coalesce(toString(stored), 'missing') + ' stored, ' + toString(actual) + ' actual' AS example
  UNION ALL
  MATCH (x:Term)
  CALL (x) {
    OPTIONAL MATCH (:Speech)-[m:MENTIONS]->(x)
    RETURN coalesce(sum(m.count), 0) AS mentions, coalesce(sum(toInteger(round(coalesce(m.weight, 0.0) * 1000000))), 0) AS weight
  }
  WITH x, mentions, weight WHERE x.mentionCount IS NULL OR x.weightTotal IS NULL OR x.mentionCount <> mentions OR x.weightTotal <> weight
  RETURN 'terms' AS kind, x.mentionCount IS NULL OR x.weightTotal IS NULL AS missing,
         x.name + ': ' + coalesce(toString(x.mentionCount), 'missing') + '/' + coalesce(toString(x.weightTotal), 'missing') + ' stored, ' + toString(mentions) + '/' + toString(weight) + ' actual' AS example
  UNION ALL
  MATCH (x:Place)
  WITH x, x.speechCount AS stored, COUNT { MATCH (:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(x) } AS actual
  WHERE stored IS NULL OR stored <> actual
  RETURN 'places' AS kind, stored IS NULL AS missing, x.code + ': ' + coalesce(toString(stored), 'missing') + ' stored, ' + toString(actual) + ' actual' AS example
}
WITH kind, missing, count(*) AS n, collect(example)[..5] AS examples
RETURN CASE WHEN missing THEN kind + ' without stored list totals (written before they were kept)' ELSE kind + ' whose stored list totals are wrong' END AS problem,
       n AS count, examples
