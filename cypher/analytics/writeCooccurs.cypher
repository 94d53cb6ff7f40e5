// Materialises speech-scope co-occurrence for visualisation tools: one CO_OCCURS per pair, from
// the alphabetically smaller name to the larger (read it undirected).
// Parameters: $rows: [{a, b, support, score}] from sloganCooccurrence (SPEECH scope, NPMI). Returns: written (count).
UNWIND $rows AS row
MATCH (a:Slogan {name: row.a}), (b:Slogan {name: row.b})
MERGE (a)-[r:CO_OCCURS]->(b)
SET r.speeches = row.support, r.npmi = row.score
RETURN count(r) AS written
