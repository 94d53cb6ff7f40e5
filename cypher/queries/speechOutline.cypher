// The outline of one speech: its sections in document order, each with the slogans it mentions.
// :param id => 'dc19ea35127850ed'
// Parameters: $id (speech id).
// Returns: level, marker, heading, slogans (names mentioned in the section itself); ORDER BY start.
MATCH (:Speech {id: $id})-[:HAS_SECTION*]->(sec:Section)
RETURN sec.level AS level, sec.marker AS marker, sec.heading AS heading,
       COLLECT { MATCH (sec)-[:MENTIONS]->(s:Slogan) RETURN s.name ORDER BY s.name } AS slogans
ORDER BY sec.start
