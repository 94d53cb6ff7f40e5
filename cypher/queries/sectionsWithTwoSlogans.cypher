// Sections that mention two given slogans themselves (innermost section of each mention; a
// parent section does not inherit its subsections' mentions).
// :param a => '四个意识'
// :param b => '两个维护'
// Parameters: $a, $b (canonical slogan names).
// Returns: speech (title), id, section (node id), marker, heading, level, countA, countB;
//   ORDER BY speech, section start.
MATCH (:Slogan {name: $a})<-[ma:MENTIONS]-(sec:Section)-[mb:MENTIONS]->(:Slogan {name: $b})
MATCH (sp:Speech {id: sec.speechId})
RETURN sp.title AS speech, sp.id AS id, sec.id AS section, sec.marker AS marker, sec.heading AS heading,
       sec.level AS level, ma.count AS countA, mb.count AS countB
ORDER BY speech, id, sec.start
