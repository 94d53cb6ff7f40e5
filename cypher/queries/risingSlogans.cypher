// Rising slogans between two windows of delivery dates: the log-odds ratio with an informative
// Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words") with the later window as the
// subset, counting speeches that use each slogan; the prior is the pooled share of each slogan, with
// weight $alpha0. Only slogans used in at least $minSupport speeches of the later window.
// :param beforeFrom => '2015'
// :param beforeTo => '2019'
// :param afterFrom => '2020'
// :param afterTo => '2024'
// :param alpha0 => 100.0
// :param minSupport => 3
// :param limit => 20
// Parameters: $beforeFrom, $beforeTo, $afterFrom, $afterTo (ISO dates; a To is compared at its own
//   length), $alpha0 (float, the prior's weight), $minSupport (integer), $limit (integer).
// Returns: slogan, before, after (speeches using it in each window), beforeShare, afterShare,
//   delta (smoothed log-odds ratio), z; by delta.
CALL () {
  MATCH (sp:Speech)
  WHERE sp.date >= $beforeFrom AND left(sp.date, size($beforeTo)) <= $beforeTo
  RETURN count(sp) AS nBefore
}
CALL () {
  MATCH (sp:Speech)
  WHERE sp.date >= $afterFrom AND left(sp.date, size($afterTo)) <= $afterTo
  RETURN count(sp) AS nAfter
}
MATCH (sp:Speech)-[:MENTIONS]->(s:Slogan)
WITH nBefore, nAfter, s,
     sp.date >= $beforeFrom AND left(sp.date, size($beforeTo)) <= $beforeTo AS inBefore,
     sp.date >= $afterFrom AND left(sp.date, size($afterTo)) <= $afterTo AS inAfter
WITH nBefore, nAfter, s.name AS slogan, sum(CASE WHEN inBefore THEN 1 ELSE 0 END) AS yj, sum(CASE WHEN inAfter THEN 1 ELSE 0 END) AS yi
WHERE yi + yj > 0
WITH nBefore, nAfter, collect({slogan: slogan, yi: yi, yj: yj}) AS rows
WITH nBefore, nAfter, rows, reduce(n = 0, r IN rows | n + r.yi) AS ni, reduce(n = 0, r IN rows | n + r.yj) AS nj
UNWIND rows AS r
WITH nBefore, nAfter, r, ni, nj, $alpha0 * (r.yi + r.yj) / toFloat(ni + nj) AS aw
WITH nBefore, nAfter, r, log((r.yi + aw) / (ni + $alpha0 - r.yi - aw)) - log((r.yj + aw) / (nj + $alpha0 - r.yj - aw)) AS delta,
     1.0 / (r.yi + aw) + 1.0 / (r.yj + aw) AS variance
WHERE r.yi >= $minSupport
RETURN r.slogan AS slogan, r.yj AS before, r.yi AS after, toFloat(r.yj) / nBefore AS beforeShare, toFloat(r.yi) / nAfter AS afterShare,
       delta, delta / sqrt(variance) AS z
ORDER BY delta DESC, slogan
LIMIT $limit
