// pairTrend.cypher by YEAR, from the stored per-slice counts (only when
// cypher/read/time/slicesUsable.cypher says so): for every year with dated speeches, the units of
// the scope (Slice year:YYYY), those holding each slogan (SloganSlice) and both (PairSlice).
// Parameters: $a, $b (canonical slogan names, in either order), $scope ('SPEECH', 'SECTION' or 'SENTENCE').
// Returns: period, units, aUnits, bUnits, both; by period.
MATCH (t:Slice) WHERE t.key STARTS WITH 'year:'
WITH t, substring(t.key, 5) AS period,
     CASE WHEN $a < $b THEN t.key + '\t' + $a + '\t' + $b ELSE t.key + '\t' + $b + '\t' + $a END AS pairKey
OPTIONAL MATCH (ca:SloganSlice {key: t.key + '\t' + $a})
OPTIONAL MATCH (cb:SloganSlice {key: t.key + '\t' + $b})
OPTIONAL MATCH (p:PairSlice {key: pairKey})
WITH period, [x IN [t, ca, cb, p] | CASE WHEN x IS NULL THEN 0 WHEN $scope = 'SPEECH' THEN x.speeches WHEN $scope = 'SECTION' THEN x.sections ELSE x.sentences END] AS n
RETURN period, n[0] AS units, n[1] AS aUnits, n[2] AS bUnits, n[3] AS both
ORDER BY period
