// Writes the section tree of one speech: nodes, then HAS_SECTION from the speech to top-level
// sections and from each section to its children. Rows are in document order.
// Parameters: $speechId, $rows: [{id, parent (section node id or null), props}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (sec:Section {id: row.id})
SET sec += row.props
WITH sp, collect({sec: sec, parent: row.parent}) AS made
CALL (sp, made) {
  UNWIND made AS m
  WITH m WHERE m.parent IS NULL
  WITH m.sec AS sec
  MERGE (sp)-[:HAS_SECTION]->(sec)
}
CALL (made) {
  UNWIND made AS m
  WITH m WHERE m.parent IS NOT NULL
  MATCH (p:Section {id: m.parent})
  WITH p, m.sec AS sec
  MERGE (p)-[:HAS_SECTION]->(sec)
}
