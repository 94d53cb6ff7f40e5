// Incremental co-occurrence: adds (sign 1, right after writing them) or subtracts (sign -1, right
// before deleting them) the contribution of the given speeches to the derived data, in the caller's
// write transaction, so it commits or rolls back with the speeches themselves. It touches only the
// slogans these speeches mention and the pairs among them, so its cost does not grow with the graph.
// Derived data, per scope (SPEECH: the speech; SECTION: a top-level section with everything under
// it; SENTENCE: a sentence, from MENTIONS.sentences):
//   Slogan.speechCount / sectionCount / sentenceCount — units holding the slogan; Slogan.mentionCount
//     — its mentions (sum of the speech-level MENTIONS.count; the slogan list orders by it);
//   (a)-[:CO_OCCURS {speeches, sections, sentences}]->(b), a.name < b.name — units holding both
//     (deleted when no speech holds both any more);
//   the CooccurrenceState marker: units per scope (speeches, sections, sentences), `writes` (a
//     counter every delta bumps, so a rebuild can tell whether a write ran beside it) and `valid`
//     (false until a complete rebuild; readers then use the full computation).
// The marker is locked first (its counters are read in the SET itself, which takes the write lock
// before reading): deltas run one at a time, so concurrent writers neither lose updates nor
// deadlock on hot slogans. A marker created here is valid only when these are the first speeches;
// removing the last speech deletes it.
// Parameters: $ids (speech ids), $sign (1 or -1).
// Returns: one row: slogans (slogans updated), pairs (CO_OCCURS updated).
WITH COUNT { MATCH (:Speech) } AS speechesNow
MERGE (st:CooccurrenceState {scope: 'SPEECH'})
  ON CREATE SET st.valid = ($sign = 1 AND speechesNow = size($ids)), st.listTotals = ($sign = 1 AND speechesNow = size($ids)),
                st.writes = 0, st.speeches = 0, st.sections = 0, st.sentences = 0
WITH st
CALL () {
  UNWIND $ids AS id
  MATCH (sp:Speech {id: id})
  RETURN count(sp) AS speeches,
         sum(COUNT { MATCH (sp)-[:HAS_SECTION]->(:Section) }) AS sections,
         sum(coalesce(sp.sentenceCount, 0)) AS sentences
}
SET st.writes = st.writes + 1,
    st.speeches = st.speeches + $sign * speeches,
    st.sections = st.sections + $sign * sections,
    st.sentences = st.sentences + $sign * sentences
WITH st
CALL () {
  UNWIND $ids AS id
  MATCH (sp:Speech {id: id})
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
  WITH sp, scope, unit, collect(s) AS slogans
  RETURN collect({scope: scope, slogans: slogans}) AS units
}
CALL (units) {
  UNWIND units AS u
  UNWIND u.slogans AS s
  WITH s, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
       sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
       sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
  SET s.speechCount = coalesce(s.speechCount, 0) + $sign * dSpeech,
      s.sectionCount = coalesce(s.sectionCount, 0) + $sign * dSection,
      s.sentenceCount = coalesce(s.sentenceCount, 0) + $sign * dSentence
  RETURN count(s) AS slogans
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Speech {id: id})-[m:MENTIONS]->(s:Slogan)
  WITH s, sum(m.count) AS dMentions
  SET s.mentionCount = coalesce(s.mentionCount, 0) + $sign * dMentions
  RETURN count(s) AS mentioned
}
CALL (units) {
  UNWIND units AS u
  UNWIND u.slogans AS a
  UNWIND u.slogans AS b
  WITH u, a, b WHERE a.name < b.name
  WITH a, b, sum(CASE u.scope WHEN 'SPEECH' THEN 1 ELSE 0 END) AS dSpeech,
       sum(CASE u.scope WHEN 'SECTION' THEN 1 ELSE 0 END) AS dSection,
       sum(CASE u.scope WHEN 'SENTENCE' THEN 1 ELSE 0 END) AS dSentence
  MERGE (a)-[r:CO_OCCURS]->(b)
  SET r.speeches = coalesce(r.speeches, 0) + $sign * dSpeech,
      r.sections = coalesce(r.sections, 0) + $sign * dSection,
      r.sentences = coalesce(r.sentences, 0) + $sign * dSentence
  WITH r
  CALL (r) {
    WITH r WHERE r.speeches <= 0
    DELETE r
  }
  RETURN count(*) AS pairs
}
// Removing the last speech leaves no pair and no count behind: the marker goes too, with the
// rankings stamped by its counter (storeRanking.cypher; a new marker counts from 0 again), so an
// emptied graph is empty (the next first speech creates it valid again).
CALL (st) {
  WITH st WHERE $sign = -1 AND st.speeches = 0
  OPTIONAL MATCH (rk:CooccurrenceRanking)
  DETACH DELETE st, rk
}
RETURN slogans, pairs
