// Variants, member concepts and usage counts of the given canonical slogans (batched).
// params: $names (list of canonical slogan names)
// returns: rows {name, variants: [string], members: [string], speeches: int, mentions: int}
UNWIND $names AS name
MATCH (g:Slogan {name: name})
CALL (g) {
  OPTIONAL MATCH (v:SloganVariant)-[:VARIANT_OF]->(g)
  RETURN collect(DISTINCT v.name) AS variants
}
CALL (g) {
  OPTIONAL MATCH (g)-[:HAS_MEMBER]->(c:Concept)
  RETURN collect(DISTINCT c.name) AS members
}
CALL (g) {
  OPTIONAL MATCH (s:Speech)-[m:MENTIONS]->(g)
  RETURN count(s) AS speeches, coalesce(sum(m.count), 0) AS mentions
}
RETURN name, variants, members, speeches, mentions
