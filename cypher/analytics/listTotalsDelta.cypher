// Adds (sign 1: a rebuild's replay) or subtracts (sign -1, right before deleting them) the given
// speeches' share of the list totals (see listTotalsAdd.cypher), read from what is stored, in the
// caller's write transaction, after cooccursDelta.cypher (which holds the marker's lock). Its cost
// is these speeches' mentions and places, not the graph's size.
// Parameters: $ids (speech ids), $sign (1 or -1).
// Returns: one row: meetings, terms, places (nodes updated).
CALL () {
  UNWIND $ids AS id
  MATCH (:Speech {id: id})-[:MENTIONS]->(x:Meeting)
  WITH x, count(*) AS n
  SET x.speechCount = coalesce(x.speechCount, 0) + $sign * n
  RETURN count(x) AS meetings
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Speech {id: id})-[m:MENTIONS]->(x:Term)
  WITH x, sum(m.count) AS mentions, sum(toInteger(round(coalesce(m.weight, 0.0) * 1000000))) AS weight
  SET x.mentionCount = coalesce(x.mentionCount, 0) + $sign * mentions,
      x.weightTotal = coalesce(x.weightTotal, 0) + $sign * weight
  RETURN count(x) AS terms
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Speech {id: id})-[:FROM]->(:Place)-[:PART_OF*0..]->(x:Place)
  WITH x, count(*) AS n
  SET x.speechCount = coalesce(x.speechCount, 0) + $sign * n
  RETURN count(x) AS places
}
RETURN meetings, terms, places
