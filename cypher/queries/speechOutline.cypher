// The outline of one speech: its sections in document order, each with the slogans it mentions.
// The example is examples/corpus/16_zhejiang_2024.txt (an id is the first 16 hex digits of the text's SHA-256).
// :param id => 'dc5e70f6ab7260e8'
// Parameters: $id (speech id).
// Returns: level, marker, heading, slogans (names mentioned in the section itself); ORDER BY start.
MATCH (:Speech {id: $id})-[:HAS_SECTION*]->(sec:Section)
RETURN sec.level AS level, sec.marker AS marker, sec.heading AS heading,
       COLLECT { MATCH (sec)-[:MENTIONS]->(s:Slogan) RETURN s.name ORDER BY s.name } AS slogans
ORDER BY sec.start
