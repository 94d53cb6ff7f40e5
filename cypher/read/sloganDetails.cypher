// Variants, member concepts and usage counts of the given canonical slogans (batched). The counts
// are the stored Slogan.speechCount / mentionCount when the co-occurrence marker vouches for them
// (as in slogansPage.cypher), else counted from MENTIONS.
// params: $names (list of canonical slogan names)
// returns: rows {name, variants: [string], members: [string], speeches: int, mentions: int}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored
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
CALL (g, stored) {
  WITH g, stored WHERE stored
  RETURN coalesce(g.speechCount, 0) AS speeches, coalesce(g.mentionCount, 0) AS mentions
  UNION
  WITH g, stored WHERE NOT stored
  OPTIONAL MATCH (s:Speech)-[m:MENTIONS]->(g)
  // Grouped by g: an aggregate without a grouping key would answer a row for the branch not taken.
  WITH g, count(s) AS speeches, coalesce(sum(m.count), 0) AS mentions
  RETURN speeches, mentions
}
RETURN name, variants, members, speeches, mentions
