// When a slogan was first used: the earliest delivery date among the dated speeches using it (ISO
// order: a year-only date comes before every day of the year it covers) and the speeches of that date.
// :param slogan => '四个意识'
// Parameters: $slogan (canonical slogan name).
// Returns: date, title, level, place (name or null), speech (id); one row per speech of the first date.
MATCH (sp:Speech)-[:MENTIONS]->(:Slogan {name: $slogan})
WHERE sp.date IS NOT NULL
WITH min(sp.date) AS first
MATCH (sp:Speech {date: first})-[:MENTIONS]->(:Slogan {name: $slogan})
OPTIONAL MATCH (sp)-[:FROM]->(p:Place)
RETURN first AS date, sp.title AS title, sp.level AS level, p.name AS place, sp.id AS speech
ORDER BY speech
