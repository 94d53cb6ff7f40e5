// Incremental co-occurrence for speeches just written, from counts the writer computed from the
// same rows it wrote (src/graph/cooccurrence/maintenance.ts, CooccurrenceTally) and summed over the
// batch: the same additions cooccursDelta.cypher (sign 1) makes, without reading the new subgraph
// back (per speech, per top-level section and per sentence) inside the transaction: measured, the
// delta's share of Neo4j's CPU per written speech halved (from about a quarter). Removal still
// subtracts with cooccursDelta.cypher, which reads what is stored.
// Same locking as cooccursDelta.cypher: the marker first (its counters are read in the SET itself,
// which takes the write lock before reading), so deltas run one at a time.
// A marker created here is valid only when these are the first speeches of the graph; it then vouches
// for the list totals too (`listTotals`: listTotalsAdd.cypher keeps them from the first speech on).
// Parameters:
//   $totals: {speeches, sections, sentences} units added per scope (sections = top-level sections);
//   $slogans: [{name, speeches, sections, sentences, mentions}] units added that hold each slogan,
//     and its mentions added (Slogan.mentionCount: the slogan list orders by it);
//   $pairs: [{a, b, speeches, sections, sentences}] units added that hold both, a < b, speeches ≥ 1.
//   Counts may arrive as floats (plain JavaScript numbers) and are stored as integers.
// Returns: one row: slogans (slogans updated), pairs (CO_OCCURS updated).
// replan=skip: only unique-index seeks and the count store, so a cached plan stays right while a
// first load changes the statistics fast (as in write/speechGraph.cypher).
CYPHER replan=skip
WITH COUNT { MATCH (:Speech) } AS speechesNow
MERGE (st:CooccurrenceState {scope: 'SPEECH'})
  ON CREATE SET st.valid = (speechesNow = toInteger($totals.speeches)), st.listTotals = (speechesNow = toInteger($totals.speeches)),
                st.writes = 0, st.speeches = 0, st.sections = 0, st.sentences = 0
SET st.writes = st.writes + 1,
    st.speeches = st.speeches + toInteger($totals.speeches),
    st.sections = st.sections + toInteger($totals.sections),
    st.sentences = st.sentences + toInteger($totals.sentences)
WITH st
CALL () {
  UNWIND $slogans AS row
  MATCH (s:Slogan {name: row.name})
  SET s.speechCount = coalesce(s.speechCount, 0) + toInteger(row.speeches),
      s.sectionCount = coalesce(s.sectionCount, 0) + toInteger(row.sections),
      s.sentenceCount = coalesce(s.sentenceCount, 0) + toInteger(row.sentences)
  RETURN count(s) AS slogans
}
CALL () {
  UNWIND $slogans AS row
  MATCH (s:Slogan {name: row.name})
  SET s.mentionCount = coalesce(s.mentionCount, 0) + toInteger(row.mentions)
  RETURN count(s) AS mentioned
}
CALL () {
  UNWIND $pairs AS row
  MATCH (a:Slogan {name: row.a}), (b:Slogan {name: row.b})
  MERGE (a)-[r:CO_OCCURS]->(b)
  SET r.speeches = coalesce(r.speeches, 0) + toInteger(row.speeches),
      r.sections = coalesce(r.sections, 0) + toInteger(row.sections),
      r.sentences = coalesce(r.sentences, 0) + toInteger(row.sentences)
  RETURN count(r) AS pairs
}
RETURN slogans, pairs
