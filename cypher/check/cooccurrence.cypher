// Invariant of the derived co-occurrence data, when its marker says it is usable: Slogan.speechCount
// is the number of speeches mentioning the slogan, Slogan.mentionCount the sum of their mentions'
// counts (absent on a graph written before it was kept: reported apart, as the slogan list then
// orders wrongly; a re-import writes it), and CO_OCCURS.speeches the number mentioning both.
// (A marker that is not valid is not a fault: readers then compute from the speeches.)
// Pairs are counted speech by speech (each speech's slogans, two by two, then summed): the cost is
// the pairs each speech makes, where counting each stored pair's speeches costs the degree of its
// slogans for every pair (118 s instead of seconds at 10,000 speeches). Stored pairs no speech makes
// join the sum with 0.
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
  MATCH (s:Slogan)
  CALL (s) {
    OPTIONAL MATCH (:Speech)-[m:MENTIONS]->(s)
    RETURN coalesce(sum(m.count), 0) AS actual
  }
  WITH s, actual WHERE s.mentionCount IS NULL OR s.mentionCount <> actual
  WITH s.mentionCount IS NULL AS missing, count(s) AS n,
       collect(s.name + ': ' + coalesce(toString(s.mentionCount), 'missing') + ' stored, ' + toString(actual) + ' actual')[..5] AS examples
  RETURN CASE WHEN missing THEN 'slogans without a stored mentionCount (written before it was kept)' ELSE 'slogans whose mentionCount is wrong' END AS problem,
         n, examples
  UNION ALL
  CALL () {
    MATCH (sp:Speech)
    CALL (sp) {
      MATCH (sp)-[:MENTIONS]->(s:Slogan)
      WITH s ORDER BY s.name
      RETURN collect(s) AS slogans
    }
    UNWIND range(0, size(slogans) - 2) AS i
    UNWIND range(i + 1, size(slogans) - 1) AS j
    RETURN slogans[i] AS a, slogans[j] AS b, count(*) AS actual
    UNION ALL
    MATCH (a:Slogan)-[:CO_OCCURS]->(b:Slogan)
    RETURN a, b, 0 AS actual
  }
  WITH a, b, sum(actual) AS actual
  OPTIONAL MATCH (a)-[r:CO_OCCURS]->(b)
  WITH a, b, actual, r WHERE r IS NULL OR r.speeches <> actual
  RETURN CASE WHEN r IS NULL THEN 'co-mentioned slogan pairs without CO_OCCURS' ELSE 'CO_OCCURS pairs whose speech support is wrong' END AS problem,
         count(*) AS n,
         collect(a.name + '–' + b.name + CASE WHEN r IS NULL THEN '' ELSE ': ' + toString(r.speeches) + ' stored, ' + toString(actual) + ' actual' END)[..5] AS examples
}
WITH problem, n, examples WHERE n > 0
RETURN problem, n AS count, examples
