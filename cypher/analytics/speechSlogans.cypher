// Rebuild input: the slogans of each speech (speech-level MENTIONS), one row per speech that
// mentions any. The rebuild counts pairs from these lists in the client — reading every speech's
// MENTIONS once, instead of re-expanding each speech once per slogan it mentions.
// Parameters: none. Returns: names (list of slogan names, distinct within the speech).
MATCH (sp:Speech)
WITH COLLECT { MATCH (sp)-[:MENTIONS]->(s:Slogan) RETURN DISTINCT s.name } AS names
WHERE size(names) > 0
RETURN names
