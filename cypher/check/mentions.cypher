// Invariants of MENTIONS: each one lists `count` positions inside its speech's text; a section's
// mention has its speech's mention of the same target beside it; every mentioned kind of node
// (Slogan, Meeting, Term, Person, Document) is mentioned at least once, or is a speech's venue or
// speaker (no orphan left by a remove; deleteOrphans.cypher keeps the same ones).
// params: none
// returns: rows {problem, count, examples} — no row when the invariants hold
CALL () {
  MATCH (sp:Speech)-[m:MENTIONS]->(x)
  WHERE size(m.offsets) <> m.count OR any(o IN m.offsets WHERE o < 0 OR o >= sp.chars)
  RETURN 'mentions whose positions do not match their count or text' AS problem, count(m) AS n,
         collect(sp.id + ' → ' + coalesce(x.name, x.key, x.title))[..5] AS examples
  UNION ALL
  MATCH (sp:Speech)-[:HAS_SECTION*]->(sec:Section)-[:MENTIONS]->(x)
  WHERE NOT (sp)-[:MENTIONS]->(x)
  RETURN 'section mentions without the speech mention' AS problem, count(*) AS n,
         collect(sec.id + ' → ' + coalesce(x.name, x.key, x.title))[..5] AS examples
  UNION ALL
  MATCH (x) WHERE (x:Slogan OR x:Term OR x:Person OR x:Document OR x:Meeting)
    AND NOT EXISTS { MATCH (:Speech)-[:MENTIONS|DELIVERED_AT|SPOKEN_BY]->(x) }
  RETURN 'nodes no speech mentions' AS problem, count(x) AS n, collect(coalesce(x.name, x.key, x.title))[..5] AS examples
}
WITH problem, n, examples WHERE n > 0
RETURN problem, n AS count, examples
