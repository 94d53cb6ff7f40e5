// Writes the policy terms of one speech: MENTIONS from the speech (TF-IDF weight, TextRank score)
// and from the top-level sections whose keywords they are.
// Parameters: $speechId, $rows: [{name, count, weight, textrank, offsets, ends, sentences,
//   sections: [{section, count, weight, textrank, offsets, ends, sentences}]}]. Returns nothing.
MATCH (sp:Speech {id: $speechId})
UNWIND $rows AS row
MERGE (x:Term {name: row.name})
MERGE (sp)-[m:MENTIONS]->(x)
SET m.count = row.count, m.weight = row.weight, m.textrank = row.textrank,
    m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
WITH x, row
CALL (x, row) {
  UNWIND row.sections AS s
  MATCH (sec:Section {id: s.section})
  MERGE (sec)-[m:MENTIONS]->(x)
  SET m.count = s.count, m.weight = s.weight, m.textrank = s.textrank,
      m.offsets = s.offsets, m.ends = s.ends, m.sentences = s.sentences
}
