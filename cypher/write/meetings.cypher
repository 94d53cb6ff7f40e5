// Writes the meetings one speech refers to, with speech- and section-level MENTIONS.
// Anonymised meetings arrive with a key scoped to their speech, so they are never merged across speeches.
// Parameters: $speechId, $rows: [{key, props: {name, level, anonymized, congress, session},
//   count, offsets, ends, sentences, sections: [...]}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (x:Meeting {key: row.key})
  ON CREATE SET x += row.props
MERGE (sp)-[m:MENTIONS]->(x)
SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
WITH x, row
CALL (x, row) {
  UNWIND row.sections AS s
  MATCH (sec:Section {id: s.section})
  MERGE (sec)-[m:MENTIONS]->(x)
  SET m.count = s.count, m.offsets = s.offsets, m.ends = s.ends, m.sentences = s.sentences
}
