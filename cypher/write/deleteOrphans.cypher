// Second step of removing speeches: deletes the touched entities nothing mentions any more,
// and returns their concepts and variants (candidates for the last step).
// Parameters: $touched (element ids). Returns one row per deleted entity: leftovers (element ids).
UNWIND $touched AS eid
MATCH (x) WHERE elementId(x) = eid
  AND NOT EXISTS { MATCH ()-[:MENTIONS|DELIVERED_AT]->(x) }
CALL (x) {
  OPTIONAL MATCH (x)-[:HAS_MEMBER]->(c:Concept)
  OPTIONAL MATCH (v:SloganVariant)-[:VARIANT_OF]->(x)
  RETURN collect(DISTINCT elementId(c)) + collect(DISTINCT elementId(v)) AS leftovers
}
DETACH DELETE x
RETURN leftovers
