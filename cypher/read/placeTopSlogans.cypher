// Top slogans of the speeches from each given place or any place inside it (batched): by the number
// of those speeches that use the slogan, then by mentions, then by name.
// params: $codes (list of place codes), $limit (int, per place)
// returns: rows {code, slogans: [{name, kind, speeches, mentions}]}
UNWIND $codes AS code
MATCH (p:Place {code: code})
CALL (p) {
  MATCH (s:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
  WITH DISTINCT s
  MATCH (s)-[m:MENTIONS]->(g:Slogan)
  WITH g, count(s) AS speeches, sum(m.count) AS mentions
  ORDER BY speeches DESC, mentions DESC, g.name
  LIMIT $limit
  RETURN collect({name: g.name, kind: g.kind, speeches: speeches, mentions: mentions}) AS slogans
}
RETURN code, slogans
