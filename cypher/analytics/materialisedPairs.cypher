// Fast path of sloganCooccurrence.cypher, any scope and measure: reads the materialised CO_OCCURS
// counts (cooccursDelta.cypher) instead of aggregating MENTIONS, and computes the score with the
// same expressions on the same numbers, so rows and scores are identical to the full computation.
// Only the caller decides whether it may be used (cooccursState.cypher).
// Parameters: $scope ('SPEECH' | 'SECTION' | 'SENTENCE'), $measure ('COUNT' | 'JACCARD' | 'PMI' |
//   'NPMI' | 'LIFT'), $minSupport (integer ≥ 1), $first (integer), $slogan (canonical name or null),
//   $total (integer: units of the scope, from the marker).
// Returns: a, b (a < b), aKind, bKind, support, score; ORDER BY score DESC, support DESC, a, b.
// Without a slogan, each scope seeks its own support index (cooccurs_speeches / _sections /
// _sentences), so pairs below minSupport are never read; with one, that slogan's pairs only.
CALL () {
  WITH $scope AS scope WHERE $slogan IS NULL AND scope = 'SPEECH'
  MATCH ()-[r:CO_OCCURS]->() WHERE r.speeches >= $minSupport
  RETURN r, r.speeches AS support
  UNION ALL
  WITH $scope AS scope WHERE $slogan IS NULL AND scope = 'SECTION'
  MATCH ()-[r:CO_OCCURS]->() WHERE r.sections >= $minSupport
  RETURN r, r.sections AS support
  UNION ALL
  WITH $scope AS scope WHERE $slogan IS NULL AND scope = 'SENTENCE'
  MATCH ()-[r:CO_OCCURS]->() WHERE r.sentences >= $minSupport
  RETURN r, r.sentences AS support
  UNION ALL
  MATCH (:Slogan {name: $slogan})-[r:CO_OCCURS]-()
  WITH r, CASE $scope WHEN 'SPEECH' THEN r.speeches WHEN 'SECTION' THEN r.sections ELSE r.sentences END AS support
  WHERE support >= $minSupport
  RETURN r, support
}
WITH startNode(r) AS x, endNode(r) AS y, support
WITH x, y, support, toFloat($total) AS n,
     toFloat(CASE $scope WHEN 'SPEECH' THEN x.speechCount WHEN 'SECTION' THEN x.sectionCount ELSE x.sentenceCount END) AS na,
     toFloat(CASE $scope WHEN 'SPEECH' THEN y.speechCount WHEN 'SECTION' THEN y.sectionCount ELSE y.sentenceCount END) AS nb
WITH x, y, support, n, na, nb, toFloat(support) AS s
WITH x, y, support,
     CASE $measure
       WHEN 'COUNT' THEN s
       WHEN 'JACCARD' THEN s / (na + nb - s)
       WHEN 'LIFT' THEN s * n / (na * nb)
       WHEN 'PMI' THEN log(s * n / (na * nb)) / log(2.0)
       WHEN 'NPMI' THEN CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
     END AS score
RETURN x.name AS a, y.name AS b, x.kind AS aKind, y.kind AS bKind, support, score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
