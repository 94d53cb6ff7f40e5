// The totals the root lists order by, for speeches just written, counted by the writer from the rows
// it wrote (src/graph/cooccurrence/tally.ts, CooccurrenceTally.allListTotals) and summed over the
// batch; run right after cooccursAdd.cypher in the same transaction (which holds the co-occurrence
// marker's lock, so these run one at a time too). Removal subtracts with listTotalsDelta.cypher.
//   Meeting.speechCount: speeches mentioning it (meetings list, most referenced first);
//   Term.mentionCount, Term.weightTotal: its speech-level mentions' counts, and their TF-IDF weights
//     in whole millionths (integers sum exactly in any order) (terms list, by weight);
//   Place.speechCount: speeches from it or from any place inside it (places list, Place.speechCount).
// They are usable exactly when the co-occurrence counts are (cypher/analytics/cooccursState.cypher),
// and a rebuild clears and replays them with those (clearCooccursBatch.cypher, listTotalsDelta.cypher).
// Parameters: $meetings [{key, speeches}], $terms [{name, mentions, weight}], $places [{code, speeches}];
//   numbers may arrive as floats and are stored as integers.
// Returns: one row: meetings, terms, places (nodes updated).
CYPHER replan=skip
CALL () {
  UNWIND $meetings AS row
  MATCH (x:Meeting {key: row.key})
  SET x.speechCount = coalesce(x.speechCount, 0) + toInteger(row.speeches)
  RETURN count(x) AS meetings
}
CALL () {
  UNWIND $terms AS row
  MATCH (x:Term {name: row.name})
  SET x.mentionCount = coalesce(x.mentionCount, 0) + toInteger(row.mentions),
      x.weightTotal = coalesce(x.weightTotal, 0) + toInteger(row.weight)
  RETURN count(x) AS terms
}
CALL () {
  UNWIND $places AS row
  MATCH (x:Place {code: row.code})
  SET x.speechCount = coalesce(x.speechCount, 0) + toInteger(row.speeches)
  RETURN count(x) AS places
}
RETURN meetings, terms, places
