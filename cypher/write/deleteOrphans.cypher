// Second step of removing speeches: deletes the touched entities nothing mentions (or is spoken by) any more and
// the touched places no speech comes from, neither from them nor from a place inside them,
// and returns their concepts and variants (candidates for the last step).
// Parameters: $touched (element ids). Returns one row per deleted entity: leftovers (element ids).
UNWIND $touched AS eid
MATCH (x) WHERE elementId(x) = eid
  AND CASE WHEN x:Place THEN NOT EXISTS { MATCH (:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(x) }
           ELSE NOT EXISTS { MATCH ()-[:MENTIONS|DELIVERED_AT|SPOKEN_BY]->(x) } END
CALL (x) {
  OPTIONAL MATCH (x)-[:HAS_MEMBER]->(c:Concept)
  OPTIONAL MATCH (v:SloganVariant)-[:VARIANT_OF]->(x)
  RETURN collect(DISTINCT elementId(c)) + collect(DISTINCT elementId(v)) AS leftovers
}
DETACH DELETE x
RETURN leftovers
