// Speeches per slogan over the whole graph, from the counts every write maintains (Slogan.speechCount,
// cypher/analytics/cooccursDelta.cypher), when they may be used: the same staleness rule as
// cypher/analytics/cooccursState.cypher (the last rebuild completed and the marker counts the
// speeches in the graph). The reference side of a distinctive comparison against everything else,
// without reading a speech.
// Parameters: none.
// Returns: one row: usable (boolean), speeches (in the graph, count store),
//   slogans: [{name, speeches}] (slogans some speech uses).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH st, COUNT { MATCH (:Speech) } AS speeches
RETURN coalesce(st.valid, false) AND st.speeches = speeches AS usable, speeches,
       COLLECT { MATCH (s:Slogan) WHERE s.speechCount > 0 RETURN {name: s.name, speeches: s.speechCount} } AS slogans
