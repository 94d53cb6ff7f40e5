// Speeches that cite a meeting, by its canonical name or key (e.g. 十九届五中全会).
// :param meeting => '十九届五中全会'
// Parameters: $meeting (canonical name or key).
// Returns: speech (title), id, source, times (mentions in the speech), deliveredAt (true when the
//   speech was given at that meeting); ORDER BY times DESC, speech.
MATCH (m:Meeting)
WHERE m.name = $meeting OR m.key = $meeting
MATCH (sp:Speech)-[r:MENTIONS]->(m)
RETURN sp.title AS speech, sp.id AS id, sp.source AS source, sum(r.count) AS times,
       EXISTS { (sp)-[:DELIVERED_AT]->(m) } AS deliveredAt
ORDER BY times DESC, speech
