// First step of removing speeches: deletes each speech with its section tree and all their
// relationships, and returns the entity nodes they pointed at (candidates for orphan cleanup).
// Parameters: $ids (speech ids). Returns one row per deleted speech: id, touched (element ids).
UNWIND $ids AS speechId
MATCH (sp:Speech {id: speechId})
CALL (sp) {
  OPTIONAL MATCH (sp)-[:HAS_SECTION*0..]->()-[:MENTIONS|DELIVERED_AT]->(x)
  RETURN collect(DISTINCT elementId(x)) AS touched
}
CALL (sp) {
  MATCH (sp)-[:HAS_SECTION*]->(sec:Section)
  WITH DISTINCT sec
  DETACH DELETE sec
}
WITH sp, sp.id AS id, touched
DETACH DELETE sp
RETURN id, touched
