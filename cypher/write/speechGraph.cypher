// Writes the whole subgraph of one NEW speech in one statement (one server round trip): the
// Speech node, its section tree, and every entity it mentions with MENTIONS from the speech
// (speech-level counts) and from the innermost section holding each mention (section-level
// counts); slogans with their member concepts and variants; the venue (DELIVERED_AT).
// MERGE everywhere, so running it twice for the same speech changes nothing.
// Parameters (built by src/graph/speechRows.ts):
//   $speech: Speech properties; $venueKey: meeting key or null;
//   $sections: [{id, parent (section id or null), props}] in document order;
//   $slogans: [{name, kind, members, variants, count, offsets, ends, sentences, sections}];
//   $meetings: [{key, props, count, offsets, ends, sentences, sections}];
//   $persons: [{name, …}]; $documents: [{title, kind, …}];
//   $terms: [{name, count, weight, textrank, offsets, ends, sentences, sections: [{…, weight, textrank}]}];
//   where sections = [{section (section node id), count, offsets, ends, sentences}].
// Returns nothing.
MERGE (sp:Speech {id: $speech.id})
SET sp += $speech, sp.ingestedAt = coalesce(sp.ingestedAt, datetime())
WITH sp
CALL (sp) {
  UNWIND $sections AS row
  MERGE (sec:Section {id: row.id})
  SET sec += row.props
}
CALL (sp) {
  UNWIND $sections AS row
  MATCH (sec:Section {id: row.id})
  OPTIONAL MATCH (parent:Section {id: row.parent})
  WITH sec, CASE WHEN parent IS NULL THEN sp ELSE parent END AS owner
  MERGE (owner)-[:HAS_SECTION]->(sec)
}
CALL (sp) {
  UNWIND $slogans AS row
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
    MERGE (sec)-[n:MENTIONS]->(x)
    SET n.count = s.count, n.offsets = s.offsets, n.ends = s.ends, n.sentences = s.sentences
  }
}
CALL (sp) {
  UNWIND $meetings AS row
  MERGE (x:Meeting {key: row.key})
    ON CREATE SET x += row.props
  MERGE (sp)-[m:MENTIONS]->(x)
  SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
  WITH x, row
  CALL (x, row) {
    UNWIND row.sections AS s
    MATCH (sec:Section {id: s.section})
    MERGE (sec)-[n:MENTIONS]->(x)
    SET n.count = s.count, n.offsets = s.offsets, n.ends = s.ends, n.sentences = s.sentences
  }
}
CALL (sp) {
  WITH sp WHERE $venueKey IS NOT NULL
  MATCH (mt:Meeting {key: $venueKey})
  MERGE (sp)-[:DELIVERED_AT]->(mt)
}
CALL (sp) {
  UNWIND $persons AS row
  MERGE (x:Person {name: row.name})
  MERGE (sp)-[m:MENTIONS]->(x)
  SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
  WITH x, row
  CALL (x, row) {
    UNWIND row.sections AS s
    MATCH (sec:Section {id: s.section})
    MERGE (sec)-[n:MENTIONS]->(x)
    SET n.count = s.count, n.offsets = s.offsets, n.ends = s.ends, n.sentences = s.sentences
  }
}
CALL (sp) {
  UNWIND $documents AS row
  MERGE (x:Document {title: row.title})
    ON CREATE SET x.kind = row.kind
  MERGE (sp)-[m:MENTIONS]->(x)
  SET m.count = row.count, m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
  WITH x, row
  CALL (x, row) {
    UNWIND row.sections AS s
    MATCH (sec:Section {id: s.section})
    MERGE (sec)-[n:MENTIONS]->(x)
    SET n.count = s.count, n.offsets = s.offsets, n.ends = s.ends, n.sentences = s.sentences
  }
}
CALL (sp) {
  UNWIND $terms AS row
  MERGE (x:Term {name: row.name})
  MERGE (sp)-[m:MENTIONS]->(x)
  SET m.count = row.count, m.weight = row.weight, m.textrank = row.textrank,
      m.offsets = row.offsets, m.ends = row.ends, m.sentences = row.sentences
  WITH x, row
  CALL (x, row) {
    UNWIND row.sections AS s
    MATCH (sec:Section {id: s.section})
    MERGE (sec)-[n:MENTIONS]->(x)
    SET n.count = s.count, n.weight = s.weight, n.textrank = s.textrank,
        n.offsets = s.offsets, n.ends = s.ends, n.sentences = s.sentences
  }
}
