// The per-slice counts (src/graph/time/slices.ts) of speeches just written, summed over the batch
// by the writer (src/graph/cooccurrence/sliceTally.ts): what slicesDelta.cypher (sign 1) adds,
// without reading the new subgraph back. Runs right after cooccursAdd.cypher in the same
// transaction, which holds the CooccurrenceState marker's lock, so slice writes run one at a time.
// Parameters:
//   $totals: [{slice, speeches, sections, sentences}] units added to each slice;
//   $slogans: [{slice, name, speeches, mentions, sections, sentences}] units added that hold the slogan;
//   $pairs: [{slice, a, b, speeches, sections, sentences}] units added that hold both (a < b).
//   Counts may arrive as floats (plain JavaScript numbers) and are stored as integers.
// The marker's `slices` flag says the slices hold every speech: set true by the marker's first
// write (a first load), false when a graph written before slices existed gets its first slices
// (refreshDerivedData then rebuilds; validateCooccurs.cypher sets it true at the end).
// Returns: one row: slices, slogans, pairs (nodes updated).
// replan=skip: unique-index seeks only (as in cooccursAdd.cypher).
CYPHER replan=skip
CALL () {
  OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
  SET st.slices = coalesce(st.slices, st.writes = 1)
  RETURN count(st) AS markers
}
CALL () {
  UNWIND $totals AS row
  MERGE (t:Slice {key: row.slice})
  SET t.speeches = coalesce(t.speeches, 0) + toInteger(row.speeches),
      t.sections = coalesce(t.sections, 0) + toInteger(row.sections),
      t.sentences = coalesce(t.sentences, 0) + toInteger(row.sentences)
  RETURN count(t) AS slices
}
CALL () {
  UNWIND $slogans AS row
  MERGE (c:SloganSlice {key: row.slice + '\t' + row.name})
    ON CREATE SET c.slice = row.slice, c.name = row.name
  SET c.speeches = coalesce(c.speeches, 0) + toInteger(row.speeches),
      c.mentions = coalesce(c.mentions, 0) + toInteger(row.mentions),
      c.sections = coalesce(c.sections, 0) + toInteger(row.sections),
      c.sentences = coalesce(c.sentences, 0) + toInteger(row.sentences)
  RETURN count(c) AS slogans
}
CALL () {
  UNWIND $pairs AS row
  MERGE (c:PairSlice {key: row.slice + '\t' + row.a + '\t' + row.b})
    ON CREATE SET c.slice = row.slice, c.a = row.a, c.b = row.b
  SET c.speeches = coalesce(c.speeches, 0) + toInteger(row.speeches),
      c.sections = coalesce(c.sections, 0) + toInteger(row.sections),
      c.sentences = coalesce(c.sentences, 0) + toInteger(row.sentences)
  RETURN count(c) AS pairs
}
RETURN slices, slogans, pairs
