// The speeches of one side of the list's filter, named by $pool: 'slogan' (mentioning it),
// 'meeting' (delivered at or mentioning it), 'place' (from it or any place inside it), 'level'
// (range index speech_level), 'text' (full-text hits in speech_text, to be verified by
// speechFilter.cypher), 'dated' (those in the date range $dateLow…$dateTop, range index
// speech_date), 'every' (every speech). A subquery body that src/graph/read/readCypher.ts puts where a speech
// query writes `/*speechPool*/ RETURN null AS s` (speechesFromPool, speechesCounted).
// params: $pool (as above), $slogan (canonical name), $meeting (key), $placeCodes (a place and those
//         inside it), $level, $lucene, $dateLow, $dateTop (as in speechesWalk.cypher)
// returns: rows {s: Speech}, each speech once
WITH 1 AS unused WHERE $pool = 'slogan'
MATCH (s:Speech)-[:MENTIONS]->(:Slogan {name: $slogan})
RETURN s
UNION
WITH 1 AS unused WHERE $pool = 'meeting'
MATCH (s:Speech)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $meeting})
RETURN s
UNION
WITH 1 AS unused WHERE $pool = 'place'
MATCH (s:Speech)-[:FROM]->(p:Place) WHERE p.code IN $placeCodes
RETURN s
UNION
WITH 1 AS unused WHERE $pool = 'level'
MATCH (s:Speech {level: $level})
RETURN s
UNION
WITH $lucene AS lucene WHERE $pool = 'text' AND lucene IS NOT NULL
CALL db.index.fulltext.queryNodes('speech_text', lucene) YIELD node
WITH node AS s WHERE s:Speech
RETURN s
UNION
WITH 1 AS unused WHERE $pool = 'dated'
MATCH (s:Speech) WHERE s.date >= $dateLow AND s.date <= $dateTop
RETURN s
UNION
WITH 1 AS unused WHERE $pool = 'every'
MATCH (s:Speech)
RETURN s
