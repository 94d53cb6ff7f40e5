// The first $limit sections of each given speech in reading order (a parent starts before its
// children, so the cut keeps a tree), each with its parent's id (null for top-level), for building
// the tree. The cut is made here, not by the caller: a 15 MB speech may have tens of thousands.
// params: $ids (list of speech ids), $limit (int, sections per speech)
// returns: rows {speechId, section: {id, level, ordinal, marker, heading, start, end, parentId}}
UNWIND $ids AS speechId
CALL (speechId) {
  MATCH (:Speech {id: speechId})-[:HAS_SECTION]->+(x:Section)
  RETURN x ORDER BY x.start, x.level LIMIT $limit
}
OPTIONAL MATCH (parent:Section)-[:HAS_SECTION]->(x)
RETURN speechId, x {.id, .level, .ordinal, .marker, .heading, .start, .end, parentId: parent.id} AS section
ORDER BY speechId, x.start, x.level
