// Terms by summed TF-IDF weight, over all speeches or within one.
// params: $speechId (string|null), $limit (int)
// returns: rows {term, count, weight}
MATCH (s:Speech)-[m:MENTIONS]->(t:Term)
WHERE $speechId IS NULL OR s.id = $speechId
WITH t, sum(coalesce(m.count, 0)) AS count, sum(coalesce(m.weight, 0.0)) AS weight
RETURN t.name AS term, count, weight
ORDER BY weight DESC, count DESC, term
LIMIT $limit
