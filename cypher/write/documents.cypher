// Writes the documents (titles in 《》) one speech cites, with speech- and section-level MENTIONS.
// Parameters: $speechId, $rows: [{title, kind, count, offsets, ends, sentences, sections: [...]}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (x:Document {title: row.title})
  ON CREATE SET x.kind = row.kind
MERGE (sp)-[m:MENTIONS]->(x)
SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
WITH x, row
CALL (x, row) {
  UNWIND row.sections AS s
  MATCH (sec:Section {id: s.section})
  MERGE (sec)-[m:MENTIONS]->(x)
  SET m.count = s.count, m.offsets = s.offsets, m.ends = s.ends, m.sentences = s.sentences
}
