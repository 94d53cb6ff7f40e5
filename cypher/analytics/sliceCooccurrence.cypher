// Co-occurrence filtered by year(s) or by one province, from the per-slice counts every write
// maintains (slicesDelta.cypher: PairSlice, SloganSlice, Slice): the units, the slogans' unit
// counts and the pairs' support are sums over the slices the filter covers, and the score is
// computed with the same expressions on the same numbers as sloganCooccurrence.cypher, so rows and
// scores are identical to the full computation over the filtered speeches. Only the caller decides
// whether it may be used (cooccursState.cypher: usable, with slices).
// The filter means what it means in sloganCooccurrence.cypher: years $from to $to (either null:
// open; a speech without a date is in no year), or the speeches from inside the province $province.
// Parameters: $scope ('SPEECH' | 'SECTION' | 'SENTENCE'), $measure ('COUNT' | 'JACCARD' | 'PMI' |
//   'NPMI' | 'LIFT'), $minSupport (integer ≥ 1), $first (integer), $slogan (canonical name or null),
//   $province (GB/T 2260 code of a province, or null: then years), $from, $to (YYYY or null).
// Returns: a, b (a < b), aKind, bKind, support, score; ORDER BY score DESC, support DESC, a, b.
CALL () {
  WITH $province AS province WHERE province IS NULL
  MATCH (t:Slice) WHERE t.key STARTS WITH 'year:'
    AND ($from IS NULL OR substring(t.key, 5) >= $from) AND ($to IS NULL OR substring(t.key, 5) <= $to)
  RETURN t
  UNION ALL
  MATCH (t:Slice {key: 'province:' + $province})
  RETURN t
}
WITH collect(t.key) AS keys,
     sum(CASE $scope WHEN 'SPEECH' THEN t.speeches WHEN 'SECTION' THEN t.sections ELSE t.sentences END) AS total
CALL (keys) {
  MATCH (c:PairSlice) WHERE c.slice IN keys AND ($slogan IS NULL OR c.a = $slogan OR c.b = $slogan)
  WITH c.a AS a, c.b AS b, sum(CASE $scope WHEN 'SPEECH' THEN c.speeches WHEN 'SECTION' THEN c.sections ELSE c.sentences END) AS support
  WHERE support >= $minSupport
  RETURN a, b, support
}
CALL (keys, a) {
  UNWIND keys AS k
  MATCH (g:SloganSlice {key: k + '\t' + a})
  RETURN sum(CASE $scope WHEN 'SPEECH' THEN g.speeches WHEN 'SECTION' THEN g.sections ELSE g.sentences END) AS na
}
CALL (keys, b) {
  UNWIND keys AS k
  MATCH (g:SloganSlice {key: k + '\t' + b})
  RETURN sum(CASE $scope WHEN 'SPEECH' THEN g.speeches WHEN 'SECTION' THEN g.sections ELSE g.sentences END) AS nb
}
WITH a, b, support, toFloat(total) AS n, toFloat(na) AS na, toFloat(nb) AS nb
WITH a, b, support, n, na, nb, toFloat(support) AS s
WITH a, b, support,
     CASE $measure
       WHEN 'COUNT' THEN s
       WHEN 'JACCARD' THEN s / (na + nb - s)
       WHEN 'LIFT' THEN s * n / (na * nb)
       WHEN 'PMI' THEN log(s * n / (na * nb)) / log(2.0)
       WHEN 'NPMI' THEN CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
     END AS score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
RETURN a, b,
       COLLECT { MATCH (s:Slogan {name: a}) RETURN s.kind }[0] AS aKind,
       COLLECT { MATCH (s:Slogan {name: b}) RETURN s.kind }[0] AS bKind,
       support, score
ORDER BY score DESC, support DESC, a, b
