// First step of removing speeches: deletes each speech with its section tree and all their
// relationships, and returns the entity nodes they pointed at and the places they came from with
// every place those lie in (candidates for orphan cleanup).
// Parameters: $ids (speech ids). Returns one row per deleted speech: id, touched (element ids).
UNWIND $ids AS speechId
MATCH (sp:Speech {id: speechId})
CALL (sp) {
  OPTIONAL MATCH (sp)-[:HAS_SECTION*0..]->()-[:MENTIONS|DELIVERED_AT|SPOKEN_BY]->(x)
  RETURN collect(DISTINCT elementId(x)) AS mentioned
}
CALL (sp) {
  OPTIONAL MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(pl:Place)
  RETURN collect(DISTINCT elementId(pl)) AS places
}
WITH sp, mentioned + places AS touched
CALL (sp) {
  MATCH (sp)-[:HAS_SECTION*]->(sec:Section)
  WITH DISTINCT sec
  DETACH DELETE sec
}
WITH sp, sp.id AS id, touched
DETACH DELETE sp
RETURN id, touched
