// Writes the slogans of one speech: Slogan nodes, their member concepts and variants, and
// MENTIONS from the speech (speech-level counts) and from each section (section-level counts).
// Parameters: $speechId, $rows: [{name, kind, members, variants, count, offsets, ends, sentences,
//   sections: [{section, count, offsets, ends, sentences}]}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (x:Slogan {name: row.name})
  ON CREATE SET x.kind = row.kind
MERGE (sp)-[m:MENTIONS]->(x)
SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences, m.variants = row.variants
WITH x, row
CALL (x, row) {
  UNWIND row.members AS member
  MERGE (c:Concept {name: member})
  MERGE (x)-[:HAS_MEMBER]->(c)
}
CALL (x, row) {
  UNWIND row.variants AS variant
  MERGE (v:SloganVariant {name: variant})
  MERGE (v)-[:VARIANT_OF]->(x)
}
CALL (x, row) {
  UNWIND row.sections AS s
  MATCH (sec:Section {id: s.section})
  MERGE (sec)-[m:MENTIONS]->(x)
  SET m.count = s.count, m.offsets = s.offsets, m.ends = s.ends, m.sentences = s.sentences
}
