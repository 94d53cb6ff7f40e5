// The slogans that mark one place against every other speech: the log-odds ratio with an informative
// Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words") and its z-score, counting
// speeches that use each slogan (so one long report repeating a slogan does not decide it); the prior
// is the pooled share of each slogan, with weight $alpha0.
// :param place => '江苏省'
// :param alpha0 => 100.0
// :param limit => 20
// Parameters: $place (official place name: speeches from it or inside it), $alpha0 (float), $limit (integer).
// Returns: slogan, subsetCount, referenceCount (speeches using it inside and outside the place),
//   subsetShare, referenceShare, delta, z; over-represented first (by z).
CALL () {
  MATCH (sp:Speech)
  WITH EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {name: $place}) } AS inside
  RETURN sum(CASE WHEN inside THEN 1 ELSE 0 END) AS nSubset, sum(CASE WHEN inside THEN 0 ELSE 1 END) AS nReference
}
MATCH (sp:Speech)-[:MENTIONS]->(s:Slogan)
WITH nSubset, nReference, s, EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {name: $place}) } AS inside
WITH nSubset, nReference, s.name AS slogan, sum(CASE WHEN inside THEN 1 ELSE 0 END) AS yi, sum(CASE WHEN inside THEN 0 ELSE 1 END) AS yj
WITH nSubset, nReference, collect({slogan: slogan, yi: yi, yj: yj}) AS rows
WITH nSubset, nReference, rows, reduce(n = 0, r IN rows | n + r.yi) AS ni, reduce(n = 0, r IN rows | n + r.yj) AS nj
UNWIND rows AS r
WITH nSubset, nReference, r, ni, nj, $alpha0 * (r.yi + r.yj) / toFloat(ni + nj) AS aw
WITH nSubset, nReference, r, log((r.yi + aw) / (ni + $alpha0 - r.yi - aw)) - log((r.yj + aw) / (nj + $alpha0 - r.yj - aw)) AS delta,
     1.0 / (r.yi + aw) + 1.0 / (r.yj + aw) AS variance
WHERE r.yi > 0 AND nReference > 0
RETURN r.slogan AS slogan, r.yi AS subsetCount, r.yj AS referenceCount, toFloat(r.yi) / nSubset AS subsetShare,
       toFloat(r.yj) / nReference AS referenceShare, delta, delta / sqrt(variance) AS z
ORDER BY z DESC, slogan
LIMIT $limit
