// Looks a slogan up by its canonical name or any variant seen in the speeches.
// :param name => '第十四个五年规划'
// Parameters: $name.
// Returns: slogan (canonical), kind, variants, members, speeches; one row or none.
MATCH (s:Slogan)
WHERE s.name = $name OR EXISTS { (:SloganVariant {name: $name})-[:VARIANT_OF]->(s) }
RETURN s.name AS slogan, s.kind AS kind,
       COLLECT { MATCH (v:SloganVariant)-[:VARIANT_OF]->(s) RETURN v.name ORDER BY v.name } AS variants,
       COLLECT { MATCH (s)-[:HAS_MEMBER]->(c:Concept) RETURN c.name ORDER BY c.name } AS members,
       COUNT { (:Speech)-[:MENTIONS]->(s) } AS speeches
