// Writes the persons named in one speech, with speech- and section-level MENTIONS.
// Parameters: $speechId, $rows: [{name, count, offsets, ends, sentences, sections: [...]}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (x:Person {name: row.name})
MERGE (sp)-[m:MENTIONS]->(x)
SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
WITH x, row
CALL (x, row) {
  UNWIND row.sections AS s
  MATCH (sec:Section {id: s.section})
  MERGE (sec)-[m:MENTIONS]->(x)
  SET m.count = s.count, m.offsets = s.offsets, m.ends = s.ends, m.sentences = s.sentences
}
