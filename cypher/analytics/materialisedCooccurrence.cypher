// The fast path of sloganCooccurrence.cypher at SPEECH scope: the same pairs, scores and order,
// read from the materialised CO_OCCURS {speeches} and Slogan.speechCount instead of aggregating
// MENTIONS. Only valid when the caller has checked the marker (cooccursFingerprint.cypher) and
// $minSupport ≥ the materialised threshold. Formulas: see sloganCooccurrence.cypher.
// Parameters: $measure ('COUNT' | 'JACCARD' | 'PMI' | 'NPMI' | 'LIFT'), $minSupport (integer),
//   $first (integer), $slogan (canonical name or null: only pairs containing it), $total (integer:
//   speeches, from the marker).
// Returns: a, b (a < b), support, score; ORDER BY score DESC, support DESC, a, b.
CALL () {
  WITH $slogan AS only WHERE only IS NULL
  MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan)
  WHERE r.speeches >= $minSupport
  RETURN a, b, r
  UNION ALL
  MATCH (x:Slogan {name: $slogan})-[r:CO_OCCURS]-(y:Slogan)
  WHERE r.speeches >= $minSupport
  RETURN CASE WHEN x.name < y.name THEN x ELSE y END AS a, CASE WHEN x.name < y.name THEN y ELSE x END AS b, r
}
WITH a.name AS a, b.name AS b, r.speeches AS support, toFloat(r.speeches) AS s,
     toFloat(a.speechCount) AS na, toFloat(b.speechCount) AS nb, toFloat($total) AS n
WITH a, b, support,
     CASE $measure
       WHEN 'COUNT' THEN s
       WHEN 'JACCARD' THEN s / (na + nb - s)
       WHEN 'LIFT' THEN s * n / (na * nb)
       WHEN 'PMI' THEN log(s * n / (na * nb)) / log(2.0)
       WHEN 'NPMI' THEN CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
     END AS score
RETURN a, b, support, score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
