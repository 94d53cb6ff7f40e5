// Invariant of the derived co-occurrence data, when its marker says it is usable: Slogan.speechCount
// is the number of speeches mentioning the slogan, and CO_OCCURS.speeches the number mentioning both.
// (A marker that is not valid is not a fault: readers then compute from the speeches.)
// params: none
// returns: rows {problem, count, examples} — no row when the invariant holds
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH st WHERE coalesce(st.valid, false)
CALL () {
  MATCH (s:Slogan)
  WITH s, COUNT { MATCH (:Speech)-[:MENTIONS]->(s) } AS actual
  WHERE coalesce(s.speechCount, 0) <> actual
  RETURN 'slogans whose speechCount is wrong' AS problem, count(s) AS n,
         collect(s.name + ': ' + toString(s.speechCount) + ' stored, ' + toString(actual) + ' actual')[..5] AS examples
  UNION ALL
  MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan)
  WITH a, b, r, COUNT { MATCH (a)<-[:MENTIONS]-(sp:Speech)-[:MENTIONS]->(b) } AS actual
  WHERE r.speeches <> actual
  RETURN 'CO_OCCURS pairs whose speech support is wrong' AS problem, count(r) AS n,
         collect(a.name + '–' + b.name + ': ' + toString(r.speeches) + ' stored, ' + toString(actual) + ' actual')[..5] AS examples
  UNION ALL
  MATCH (a:Slogan)<-[:MENTIONS]-(:Speech)-[:MENTIONS]->(b:Slogan)
  WHERE a.name < b.name AND NOT (a)-[:CO_OCCURS]->(b)
  WITH DISTINCT a, b
  RETURN 'co-mentioned slogan pairs without CO_OCCURS' AS problem, count(*) AS n, collect(a.name + '–' + b.name)[..5] AS examples
}
WITH problem, n, examples WHERE n > 0
RETURN problem, n AS count, examples
