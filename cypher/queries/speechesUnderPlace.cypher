// Speeches from a place or from any place inside it (for a province: its own, its cities' and its
// counties'), newest first, with the place each comes from.
// :param place => '江苏省'
// Parameters: $place (official place name).
// Returns: title, date, level, place (name of the place it comes from), code; ORDER BY date DESC, title.
MATCH (s:Speech)-[:FROM]->(p:Place)-[:PART_OF*0..]->(:Place {name: $place})
RETURN s.title AS title, s.date AS date, s.level AS level, p.name AS place, p.code AS code
ORDER BY date DESC, title
