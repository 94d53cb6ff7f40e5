// Invariant of the per-slice counts (cypher/analytics/slicesDelta.cypher), when the co-occurrence
// marker says the derived data is usable: every Slice, SloganSlice and PairSlice equals a recount
// from the speeches (each speech's slices and units built here, not read from what the writers
// sent), and no slice is missing or left over. A usable marker without its `slices` flag is a graph
// written before the slices existed: reported, and the next ingest or removal rebuilds them.
// params: none
// returns: rows {problem, count, examples} — no row when the invariant holds
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH st WHERE coalesce(st.valid, false)
CALL (st) {
  WITH st WHERE NOT coalesce(st.slices, false)
  RETURN 'no per-year, per-province counts stored (the graph predates them; the next tifa ingest or tifa remove rebuilds them)' AS problem,
         1 AS n, [] AS examples
  UNION ALL
  WITH st WHERE coalesce(st.slices, false)
  CALL () {
    MATCH (sp:Speech)
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
    WITH sp, slices, pairSlices, units, COLLECT { MATCH (sp)-[m:MENTIONS]->(s:Slogan) RETURN [s.name, m.count] } AS mentionCounts
    CALL (sp, slices, pairSlices, units, mentionCounts) {
      UNWIND slices AS slice
      RETURN 'Slice' AS kind, slice AS key, 1 AS speeches, 0 AS mentions,
             COUNT { MATCH (sp)-[:HAS_SECTION]->(:Section) } AS sections, coalesce(sp.sentenceCount, 0) AS sentences
      UNION ALL
      UNWIND units AS u
      UNWIND u.names AS name
      WITH name, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
           sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
           sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
      UNWIND slices AS slice
      RETURN 'SloganSlice' AS kind, slice + '\t' + name AS key, dSpeech AS speeches,
             coalesce([m IN mentionCounts WHERE m[0] = name | m[1]][0], 0) AS mentions, dSection AS sections, dSentence AS sentences
      UNION ALL
      UNWIND units AS u
      UNWIND u.names AS a
      UNWIND u.names AS b
      WITH u, a, b WHERE a < b
      WITH a, b, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
           sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
           sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
      UNWIND pairSlices AS slice
      RETURN 'PairSlice' AS kind, slice + '\t' + a + '\t' + b AS key, dSpeech AS speeches, 0 AS mentions, dSection AS sections, dSentence AS sentences
    }
    RETURN kind, key, speeches, mentions, sections, sentences
    UNION ALL
    MATCH (c:Slice|SloganSlice|PairSlice)
    RETURN CASE WHEN c:Slice THEN 'Slice' WHEN c:SloganSlice THEN 'SloganSlice' ELSE 'PairSlice' END AS kind, c.key AS key,
           0 AS speeches, 0 AS mentions, 0 AS sections, 0 AS sentences
  }
  WITH kind, key, sum(speeches) AS speeches, sum(mentions) AS mentions, sum(sections) AS sections, sum(sentences) AS sentences
  OPTIONAL MATCH (t:Slice {key: key}) WHERE kind = 'Slice'
  OPTIONAL MATCH (g:SloganSlice {key: key}) WHERE kind = 'SloganSlice'
  OPTIONAL MATCH (p:PairSlice {key: key}) WHERE kind = 'PairSlice'
  WITH kind, key, speeches, mentions, sections, sentences, coalesce(t, g, p) AS c
  WHERE c IS NULL OR c.speeches <> speeches OR c.sections <> sections OR c.sentences <> sentences
     OR (kind = 'SloganSlice' AND c.mentions <> mentions)
  RETURN kind + ' counts that differ from a recount (or are missing)' AS problem, count(*) AS n,
         collect(replace(key, '\t', ' ') + ': ' + CASE WHEN c IS NULL THEN 'missing' ELSE 'stored' + reduce(t = '', x IN [c.speeches, coalesce(c.mentions, 0), c.sections, c.sentences] | t + ' ' + toString(x)) END
                 + ', recounted' + reduce(t = '', x IN [speeches, mentions, sections, sentences] | t + ' ' + toString(x)) + ' (speeches, mentions, sections, sentences)')[..5] AS examples
}
WITH problem, n, examples WHERE n > 0
RETURN problem, n AS count, examples
