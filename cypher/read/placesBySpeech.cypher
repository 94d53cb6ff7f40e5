// The place each of the given speeches comes from (batched).
// params: $ids (list of speech ids)
// returns: rows {speechId, place: {code, name, level, parentCode}}
UNWIND $ids AS speechId
MATCH (:Speech {id: speechId})-[:FROM]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
RETURN speechId, p {.code, .name, .level, parentCode: up.code} AS place
