// The number of speeches the list's filter keeps (totalCount; read only when a client asks for it).
// From stored counts when the filter maps to one ($from): 'all' every speech (count store),
// 'slogan' only a slogan (Slogan.speechCount while the co-occurrence marker says the counts are
// current, cypher/analytics/cooccursState.cypher; else counted), 'place' only a place (the FROM
// degrees of it and every place inside it: a speech comes from one place). Otherwise counted,
// checking the filter on each candidate — per match: over one side of the filter ($from 'pool',
// cypher/read/speechPool.cypher), or over the speeches in the date range ($from 'walk'; undated
// speeches too when the filter has no dates).
// params: $from ('all'|'slogan'|'place'|'pool'|'walk'), $pool, $lucene, $dateLow, $dateTop (as in
//         speechesDated.cypher), and the filter's: $level, $genre, $dateFrom, $dateTo, $slogan,
//         $meeting, $placeCodes, $text
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
  UNION ALL
  WITH 1 AS unused WHERE $from = 'walk'
  MATCH (s:Speech)
  WHERE s.date >= $dateLow AND s.date <= $dateTop AND /*speechFilter*/ true
  RETURN count(s) AS total
  UNION ALL
  WITH 1 AS unused WHERE $from = 'walk' AND $dateFrom IS NULL AND $dateTo IS NULL
  MATCH (s:Speech)
  WHERE s.date IS NULL AND /*speechFilter*/ true
  RETURN count(s) AS total
  UNION ALL
  WITH 1 AS unused WHERE $from = 'pool'
  CALL () {
    /*speechPool*/ RETURN null AS s
  }
  WITH s WHERE /*speechFilter*/ true
  RETURN count(s) AS total
}
RETURN sum(total) AS total
