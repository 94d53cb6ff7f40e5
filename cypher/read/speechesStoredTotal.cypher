// The number of speeches the list's filter keeps when the filter maps to a stored count ($from):
// 'all' (no filter) every speech, from the count store; 'slogan' (only a slogan) its speechCount
// while the co-occurrence marker says the counts are current (cypher/analytics/cooccursState.cypher),
// else counted; 'place' (only a place) the FROM degrees of it and every place inside it (a speech
// comes from one place). Other filters are counted by speechesCounted.cypher.
// params: $from ('all'|'slogan'|'place'), $slogan (canonical name), $placeCodes (a place and those inside it)
// returns: one row {total: int}
CALL () {
  WITH 1 AS unused WHERE $from = 'all'
  RETURN COUNT { MATCH (:Speech) } AS total
  UNION ALL
  WITH 1 AS unused WHERE $from = 'slogan'
  MATCH (g:Slogan {name: $slogan})
  OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
  WITH g, coalesce(st.valid, false) AND st.speeches = COUNT { MATCH (:Speech) } AND g.speechCount IS NOT NULL AS stored
  RETURN CASE WHEN stored THEN g.speechCount ELSE COUNT { MATCH (:Speech)-[:MENTIONS]->(g) } END AS total
  UNION ALL
  WITH 1 AS unused WHERE $from = 'place'
  MATCH (p:Place) WHERE p.code IN $placeCodes
  RETURN sum(COUNT { (p)<-[:FROM]-() }) AS total
}
RETURN sum(total) AS total
