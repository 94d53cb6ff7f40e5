// Every section of the given speeches with its parent's id (null for top-level), for building the tree.
// params: $ids (list of speech ids)
// returns: rows {speechId, section: {id, level, ordinal, marker, heading, start, end, parentId}}
UNWIND $ids AS speechId
MATCH (:Speech {id: speechId})-[:HAS_SECTION]->(top:Section)
MATCH (top)-[:HAS_SECTION*0..]->(x:Section)
OPTIONAL MATCH (parent:Section)-[:HAS_SECTION]->(x)
RETURN speechId, x {.id, .level, .ordinal, .marker, .heading, .start, .end, parentId: parent.id} AS section
ORDER BY speechId, x.start, x.level
