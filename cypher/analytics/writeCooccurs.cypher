// Materialises speech-scope co-occurrence for visualisation tools: one CO_OCCURS per slogan pair
// used together in at least $minSupport speeches, from the alphabetically smaller name to the
// larger (read it undirected), with speeches = support and npmi as in sloganCooccurrence.cypher.
// No ORDER BY/LIMIT: every qualifying pair is written (a LIMIT would pre-allocate for its size).
// Run after clearCooccurs.cypher in the same transaction.
// Parameters: $minSupport (integer ≥ 1). Returns: written (count).
MATCH (sp:Speech)
WITH toFloat(count(sp)) AS n
MATCH (a:Slogan)<-[:MENTIONS]-(sp:Speech)-[:MENTIONS]->(b:Slogan)
WHERE a.name < b.name
WITH n, a, b, count(sp) AS support
WHERE support >= $minSupport
WITH n, a, b, support, toFloat(support) AS s,
     toFloat(COUNT { (:Speech)-[:MENTIONS]->(a) }) AS na,
     toFloat(COUNT { (:Speech)-[:MENTIONS]->(b) }) AS nb
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.speeches = support,
    r.npmi = CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
RETURN count(r) AS written
