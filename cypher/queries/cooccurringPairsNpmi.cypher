// Slogan pairs used in the same speeches, scored by normalised PMI (−1 never together, 0 independent,
// 1 always together). support = speeches using both; N = all speeches.
// NPMI = log(support·N / (n(a)·n(b))) / −log(support / N); exactly 1 when the two always occur together.
// :param minSupport => 2
// :param limit => 25
// Parameters: $minSupport (integer ≥ 1), $limit (integer).
// Returns: a, b (a < b), support, npmi; ORDER BY npmi DESC, support DESC, a, b.
MATCH (sp:Speech)
WITH toFloat(count(sp)) AS n
MATCH (a:Slogan)<-[:MENTIONS]-(sp:Speech)-[:MENTIONS]->(b:Slogan)
WHERE a.name < b.name
WITH n, a, b, count(sp) AS support
WHERE support >= $minSupport
WITH n, a, b, support, toFloat(support) AS s,
     toFloat(COUNT { (:Speech)-[:MENTIONS]->(a) }) AS na,
     toFloat(COUNT { (:Speech)-[:MENTIONS]->(b) }) AS nb
RETURN a.name AS a, b.name AS b, support,
       CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END AS npmi
ORDER BY npmi DESC, support DESC, a, b
LIMIT $limit
