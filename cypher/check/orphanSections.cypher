// Invariant: every Section hangs under exactly one Speech (no orphan left by a partial delete).
// params: none
// returns: rows {problem, count, examples: [section ids]} — no row when the invariant holds
MATCH (x:Section)
WHERE NOT EXISTS { MATCH (:Speech)-[:HAS_SECTION*]->(x) }
WITH count(x) AS n, collect(x.id)[..5] AS examples
WHERE n > 0
RETURN 'sections without a speech' AS problem, n AS count, examples
