// The meeting each of the given speeches was delivered at (batched).
// params: $ids (list of speech ids)
// returns: rows {speechId, meeting: {key, name, level, anonymized}}
UNWIND $ids AS speechId
MATCH (:Speech {id: speechId})-[:DELIVERED_AT]->(mt:Meeting)
RETURN speechId, mt {.key, .name, .level, .anonymized} AS meeting
