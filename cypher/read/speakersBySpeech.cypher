// Who gave each of the given speeches, with the role written in the speech (batched).
// params: $ids (list of speech ids)
// returns: rows {speechId, speaker: {name, role}}
UNWIND $ids AS speechId
MATCH (:Speech {id: speechId})-[r:SPOKEN_BY]->(x:Person)
RETURN speechId, {name: x.name, role: r.role} AS speaker
