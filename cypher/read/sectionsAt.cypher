// The innermost section holding each given offset of a speech (for MentionSnippet.sectionId). The
// walk goes down only through sections whose range holds the offset, so a speech with tens of
// thousands of sections returns (and mostly reads) one chain per offset, not its whole tree.
// params: $keys (list of {speechId, offset})
// returns: rows {speechId, offset, sectionId} — one per key that lies in a section
UNWIND $keys AS k
CALL (k) {
  MATCH (:Speech {id: k.speechId})(()-[:HAS_SECTION]->(s:Section WHERE s.start <= k.offset < s.end))+
  WITH last(s) AS x
  RETURN x.id AS sectionId ORDER BY x.level DESC LIMIT 1
}
RETURN k.speechId AS speechId, k.offset AS offset, sectionId
