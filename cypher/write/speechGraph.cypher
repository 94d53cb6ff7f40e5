// Writes the whole subgraph of each speech of a batch in one statement (one server round trip), when
// it is new: for each, in order, it first looks the speech up — `exists` (the same text is stored: nothing is written) and
// `replaced` (speeches stored under the same source with other content: nothing is written either;
// the caller deletes them and runs this again in the same transaction). Given metadata
// (speech.givenFields, speech.givenSha256) is never overwritten by extraction: the same text
// without given metadata finds the stored speech as it is (`exists`), while the same text given
// other metadata (another givenSha256) replaces it like a changed text (its own id in `replaced`). Otherwise it writes the
// Speech node, its section tree, and every entity it mentions with MENTIONS from the speech
// (speech-level counts) and from the innermost section holding each mention (section-level
// counts); slogans with their member concepts and variants; the venue (DELIVERED_AT); its place
// (FROM) with the chain of places it lies in (PART_OF).
// The speech is new (checked just above, and Speech.id is unique, so a concurrent writer of the
// same text fails on the constraint instead of duplicating): its own nodes and
// relationships are CREATEd. Only shared entities are MERGEd. MERGE on a relationship that cannot
// exist yet would still lock both ends exclusively and serialise every speech on hot nodes such as
// 四个意识; CREATE on a dense node does not.
// Parameters: $batch, a list of maps g (built by src/graph/write/speechRows.ts, shaped by graphParam in
// src/graph/write/speechParams.ts) — one list of maps keeps
// the parameter types the same for every batch, so Neo4j plans this statement once (an empty list
// and a list of maps are different types, and each combination would be planned again, ~0.5 s
// each). The fields of each g:
//   speech: Speech properties (without the sentence lists); sentenceStarts, sentenceEnds;
//   venueKey: meeting key or null;
//   sections: [{props (id included), parent (position of the parent in this list, or null)}] in
//   document order, parents first. The created sections are kept in a list (collect keeps row
//   order), so a parent and the section of a section-level mention are found by position, not by an
//   index look-up per row (about 110 look-ups per speech);
//   slogans: [{name, kind, members, variants, count, offsets, ends, sentences, sections}];
//   meetings: [{key, props, count, offsets, ends, sentences, sections}];
//   persons: [{name, …}]; documents: [{title, kind, …}];
//   terms: [{name, count, weight, textrank, offsets, ends, sentences, sections: [{…, weight, textrank}]}];
//   where sections = [{section (position in g.sections), count, offsets, ends, sentences}];
//   places: [{code, name, level, parent (code|null)}], the speech's place first, then the places it
//   lies in (county → city → province): Places are MERGEd on code with PART_OF up the chain, and
//   the speech points at the first with FROM;
//   speaker: {name, role} or null: SPOKEN_BY the Person of that name, the role (as written in this
//   speech: 省长, 市委书记 …) on the relationship, since one person holds different roles over time.
// Position lists (offsets, ends, sentences, sentenceStarts/Ends) arrive as text, the numbers
// comma-separated ('' for none; positionText in src/graph/write/speechParams.ts says why), and are stored
// as lists of integers; section positions arrive as floats and are used as integers.
// MENTIONS.variants (speech to slogan) is stored only when the speech writes the slogan another
// way: no empty list, which `neo4j-admin database import` (tifa import) cannot write either.
// Returns one row per speech, in batch order: id, exists (boolean), replaced (speech ids); written
// only when exists is false and replaced empty.
// replan=skip: every read here is a seek on a unique or range index whatever the statistics say,
// so a cached plan stays right; during a first load the statistics change fast and Neo4j discarded
// and re-planned this statement several times per run (0.4–0.6 s of CPU each when warm, 2.8 s cold).
CYPHER replan=skip
UNWIND $batch AS g
CALL (g) {
  RETURN EXISTS { MATCH (same:Speech {id: g.speech.id}) WHERE g.speech.givenSha256 IS NULL OR same.givenSha256 = g.speech.givenSha256 } AS exists,
         COLLECT { MATCH (old:Speech {source: g.speech.source}) WHERE old.id <> g.speech.id RETURN old.id ORDER BY old.id } +
         COLLECT { MATCH (same:Speech {id: g.speech.id}) WHERE g.speech.givenSha256 IS NOT NULL AND coalesce(same.givenSha256, '') <> g.speech.givenSha256 RETURN same.id } AS replaced
}
CALL (g, exists, replaced) {
  WITH g, exists, replaced WHERE NOT exists AND size(replaced) = 0
  CREATE (sp:Speech)
  SET sp = g.speech, sp.ingestedAt = datetime(),
      sp.sentenceStarts = [i IN split(g.sentenceStarts, ',') WHERE i <> '' | toInteger(i)],
      sp.sentenceEnds = [i IN split(g.sentenceEnds, ',') WHERE i <> '' | toInteger(i)]
  WITH g, sp
  CALL (g) {
    UNWIND g.sections AS row
    CREATE (sec:Section)
    SET sec = row.props
    RETURN collect(sec) AS secs
  }
  CALL (g, sp, secs) {
    UNWIND range(0, size(secs) - 1) AS i
    WITH secs[i] AS sec, g.sections[i].parent AS parent
    WITH sec, CASE WHEN parent IS NULL THEN sp ELSE secs[toInteger(parent)] END AS owner
    CREATE (owner)-[:HAS_SECTION]->(sec)
  }
  CALL (g, sp, secs) {
    UNWIND g.slogans AS row
    MERGE (x:Slogan {name: row.name})
      ON CREATE SET x.kind = row.kind
    CREATE (sp)-[m:MENTIONS]->(x)
    SET m.count = row.count, m.offsets = [i IN split(row.offsets, ',') WHERE i <> '' | toInteger(i)], m.ends = [i IN split(row.ends, ',') WHERE i <> '' | toInteger(i)], m.sentences = [i IN split(row.sentences, ',') WHERE i <> '' | toInteger(i)],
        m.variants = CASE WHEN size(row.variants) > 0 THEN row.variants END
    WITH x, row, secs
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
    CALL (x, row, secs) {
      UNWIND row.sections AS s
      WITH x, s, secs[toInteger(s.section)] AS sec
      CREATE (sec)-[n:MENTIONS]->(x)
      SET n.count = s.count, n.offsets = [i IN split(s.offsets, ',') WHERE i <> '' | toInteger(i)], n.ends = [i IN split(s.ends, ',') WHERE i <> '' | toInteger(i)], n.sentences = [i IN split(s.sentences, ',') WHERE i <> '' | toInteger(i)]
    }
  }
  CALL (g, sp, secs) {
    UNWIND g.meetings AS row
    MERGE (x:Meeting {key: row.key})
      ON CREATE SET x += row.props
    CREATE (sp)-[m:MENTIONS]->(x)
    SET m.count = row.count, m.offsets = [i IN split(row.offsets, ',') WHERE i <> '' | toInteger(i)], m.ends = [i IN split(row.ends, ',') WHERE i <> '' | toInteger(i)], m.sentences = [i IN split(row.sentences, ',') WHERE i <> '' | toInteger(i)]
    WITH x, row, secs
    CALL (x, row, secs) {
      UNWIND row.sections AS s
      WITH x, s, secs[toInteger(s.section)] AS sec
      CREATE (sec)-[n:MENTIONS]->(x)
      SET n.count = s.count, n.offsets = [i IN split(s.offsets, ',') WHERE i <> '' | toInteger(i)], n.ends = [i IN split(s.ends, ',') WHERE i <> '' | toInteger(i)], n.sentences = [i IN split(s.sentences, ',') WHERE i <> '' | toInteger(i)]
    }
  }
  CALL (g, sp) {
    WITH g, sp WHERE g.venueKey IS NOT NULL
    MATCH (mt:Meeting {key: g.venueKey})
    CREATE (sp)-[:DELIVERED_AT]->(mt)
  }
  CALL (g, sp) {
    UNWIND g.places AS row
    MERGE (p:Place {code: row.code})
      ON CREATE SET p.name = row.name, p.level = row.level
  }
  CALL (g) {
    UNWIND g.places AS row
    WITH row WHERE row.parent IS NOT NULL
    MATCH (p:Place {code: row.code}), (up:Place {code: row.parent})
    MERGE (p)-[:PART_OF]->(up)
  }
  CALL (g, sp) {
    UNWIND g.places[0..1] AS row
    MATCH (p:Place {code: row.code})
    CREATE (sp)-[:FROM]->(p)
  }
  CALL (g, sp) {
    WITH g, sp WHERE g.speaker IS NOT NULL
    MERGE (x:Person {name: g.speaker.name})
    CREATE (sp)-[r:SPOKEN_BY]->(x)
    SET r.role = g.speaker.role
  }
  CALL (g, sp, secs) {
    UNWIND g.persons AS row
    MERGE (x:Person {name: row.name})
    CREATE (sp)-[m:MENTIONS]->(x)
    SET m.count = row.count, m.offsets = [i IN split(row.offsets, ',') WHERE i <> '' | toInteger(i)], m.ends = [i IN split(row.ends, ',') WHERE i <> '' | toInteger(i)], m.sentences = [i IN split(row.sentences, ',') WHERE i <> '' | toInteger(i)]
    WITH x, row, secs
    CALL (x, row, secs) {
      UNWIND row.sections AS s
      WITH x, s, secs[toInteger(s.section)] AS sec
      CREATE (sec)-[n:MENTIONS]->(x)
      SET n.count = s.count, n.offsets = [i IN split(s.offsets, ',') WHERE i <> '' | toInteger(i)], n.ends = [i IN split(s.ends, ',') WHERE i <> '' | toInteger(i)], n.sentences = [i IN split(s.sentences, ',') WHERE i <> '' | toInteger(i)]
    }
  }
  CALL (g, sp, secs) {
    UNWIND g.documents AS row
    MERGE (x:Document {title: row.title})
      ON CREATE SET x.kind = row.kind
    CREATE (sp)-[m:MENTIONS]->(x)
    SET m.count = row.count, m.offsets = [i IN split(row.offsets, ',') WHERE i <> '' | toInteger(i)], m.ends = [i IN split(row.ends, ',') WHERE i <> '' | toInteger(i)], m.sentences = [i IN split(row.sentences, ',') WHERE i <> '' | toInteger(i)]
    WITH x, row, secs
    CALL (x, row, secs) {
      UNWIND row.sections AS s
      WITH x, s, secs[toInteger(s.section)] AS sec
      CREATE (sec)-[n:MENTIONS]->(x)
      SET n.count = s.count, n.offsets = [i IN split(s.offsets, ',') WHERE i <> '' | toInteger(i)], n.ends = [i IN split(s.ends, ',') WHERE i <> '' | toInteger(i)], n.sentences = [i IN split(s.sentences, ',') WHERE i <> '' | toInteger(i)]
    }
  }
  CALL (g, sp, secs) {
    UNWIND g.terms AS row
    MERGE (x:Term {name: row.name})
    CREATE (sp)-[m:MENTIONS]->(x)
    SET m.count = row.count, m.weight = row.weight, m.textrank = row.textrank,
        m.offsets = [i IN split(row.offsets, ',') WHERE i <> '' | toInteger(i)], m.ends = [i IN split(row.ends, ',') WHERE i <> '' | toInteger(i)], m.sentences = [i IN split(row.sentences, ',') WHERE i <> '' | toInteger(i)]
    WITH x, row, secs
    CALL (x, row, secs) {
      UNWIND row.sections AS s
      WITH x, s, secs[toInteger(s.section)] AS sec
      CREATE (sec)-[n:MENTIONS]->(x)
      SET n.count = s.count, n.weight = s.weight, n.textrank = s.textrank,
          n.offsets = [i IN split(s.offsets, ',') WHERE i <> '' | toInteger(i)], n.ends = [i IN split(s.ends, ',') WHERE i <> '' | toInteger(i)], n.sentences = [i IN split(s.sentences, ',') WHERE i <> '' | toInteger(i)]
    }
  }
}
RETURN g.speech.id AS id, exists, replaced
