// Incremental per-slice counts (src/graph/time/slices.ts): adds (sign 1, a rebuild's replay) or
// subtracts (sign -1, right before deleting them) the given speeches' counts in the slices they lie
// in, reading what is stored: the same units as cooccursDelta.cypher (the speech, its top-level
// sections with everything under them, its sentences), per slice. Runs right after
// cooccursDelta.cypher in the same transaction (which holds the marker's lock). Nodes whose speech
// count drops to 0 are deleted.
// A speech's slices: year:YYYY and month:YYYY-MM of its date (a month only when the date has one),
// province:CODE (the provincial place its place lies in), level:L, and level:L|year:… / level:L|month:…;
// its pairs are counted in its year and province slices only.
// Parameters: $ids (speech ids), $sign (1 or -1).
// Returns: one row: slices, slogans, pairs (nodes updated).
UNWIND $ids AS id
MATCH (sp:Speech {id: id})
WITH sp, [(sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(p:Place {level: 'provincial'}) | 'province:' + p.code][..1] AS place,
     CASE WHEN sp.date =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' THEN 'year:' + left(sp.date, 4) END AS year,
     CASE WHEN sp.date =~ '[0-9]{4}-[0-9]{2}(-[0-9]{2})?' THEN 'month:' + left(sp.date, 7) END AS month
WITH sp, place, [x IN [year, month] WHERE x IS NOT NULL] AS periods
WITH sp, periods[..1] + place AS pairSlices,
     periods + place + CASE WHEN sp.level IS NULL THEN [] ELSE ['level:' + sp.level] + [p IN periods | 'level:' + sp.level + '|' + p] END AS slices
WHERE size(slices) > 0
CALL (sp) {
  CALL (sp) {
    MATCH (sp)-[:MENTIONS]->(s:Slogan)
    RETURN 'SPEECH' AS scope, '' AS unit, s
    UNION
    MATCH (sp)-[:HAS_SECTION]->(u:Section)-[:HAS_SECTION*0..]->(:Section)-[:MENTIONS]->(s:Slogan)
    RETURN 'SECTION' AS scope, u.id AS unit, s
    UNION
    MATCH (sp)-[m:MENTIONS]->(s:Slogan)
    UNWIND m.sentences AS i
    RETURN 'SENTENCE' AS scope, toString(i) AS unit, s
  }
  WITH scope, unit, collect(s.name) AS names
  RETURN collect({scope: scope, names: names}) AS units
}
WITH collect({id: sp.id, slices: slices, pairSlices: pairSlices, units: units,
              sections: COUNT { MATCH (sp)-[:HAS_SECTION]->(:Section) }, sentences: coalesce(sp.sentenceCount, 0),
              mentions: COLLECT { MATCH (sp)-[m:MENTIONS]->(s:Slogan) RETURN [s.name, m.count] }}) AS speeches
CALL (speeches) {
  UNWIND speeches AS x
  UNWIND x.slices AS slice
  WITH slice, count(*) AS dSpeech, sum(x.sections) AS dSection, sum(x.sentences) AS dSentence
  MERGE (t:Slice {key: slice})
  SET t.speeches = coalesce(t.speeches, 0) + $sign * dSpeech,
      t.sections = coalesce(t.sections, 0) + $sign * dSection,
      t.sentences = coalesce(t.sentences, 0) + $sign * dSentence
  WITH t
  CALL (t) {
    WITH t WHERE t.speeches <= 0
    DELETE t
  }
  RETURN count(*) AS slices
}
CALL (speeches) {
  UNWIND speeches AS x
  UNWIND x.units AS u
  UNWIND u.names AS name
  WITH x, name, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
       sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
       sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
  WITH x, name, dSpeech, dSection, dSentence, coalesce([m IN x.mentions WHERE m[0] = name | m[1]][0], 0) AS dMention
  UNWIND x.slices AS slice
  WITH slice, name, sum(dSpeech) AS dSpeech, sum(dSection) AS dSection, sum(dSentence) AS dSentence, sum(dMention) AS dMention
  MERGE (c:SloganSlice {key: slice + '\t' + name})
    ON CREATE SET c.slice = slice, c.name = name
  SET c.speeches = coalesce(c.speeches, 0) + $sign * dSpeech,
      c.mentions = coalesce(c.mentions, 0) + $sign * dMention,
      c.sections = coalesce(c.sections, 0) + $sign * dSection,
      c.sentences = coalesce(c.sentences, 0) + $sign * dSentence
  WITH c
  CALL (c) {
    WITH c WHERE c.speeches <= 0
    DELETE c
  }
  RETURN count(*) AS slogans
}
CALL (speeches) {
  UNWIND speeches AS x
  WITH x WHERE size(x.pairSlices) > 0
  UNWIND x.units AS u
  UNWIND u.names AS a
  UNWIND u.names AS b
  WITH x, u, a, b WHERE a < b
  WITH x, a, b, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
       sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
       sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
  UNWIND x.pairSlices AS slice
  WITH slice, a, b, sum(dSpeech) AS dSpeech, sum(dSection) AS dSection, sum(dSentence) AS dSentence
  MERGE (c:PairSlice {key: slice + '\t' + a + '\t' + b})
    ON CREATE SET c.slice = slice, c.a = a, c.b = b
  SET c.speeches = coalesce(c.speeches, 0) + $sign * dSpeech,
      c.sections = coalesce(c.sections, 0) + $sign * dSection,
      c.sentences = coalesce(c.sentences, 0) + $sign * dSentence
  WITH c
  CALL (c) {
    WITH c WHERE c.speeches <= 0
    DELETE c
  }
  RETURN count(*) AS pairs
}
RETURN slices, slogans, pairs
