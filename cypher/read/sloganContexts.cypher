// Mentions of each of the given canonical slogans across speeches, with the speech text to cut sentences from.
// params: $names (list of canonical slogan names), $speechLimit (int: speeches looked at per slogan)
// returns: rows {name, speechId, text, offsets: [s,e,…], sentences: [s,e,…]|null, target}
UNWIND $names AS name
MATCH (s:Speech)-[m:MENTIONS]->(g:Slogan {name: name})
WITH name, s, m, g ORDER BY m.count DESC, s.id
WITH name, collect({s: s, m: m, g: g})[..$speechLimit] AS hits
UNWIND hits AS hit
RETURN name, hit.s.id AS speechId, hit.s.text AS text, hit.m.offsets AS offsets,
       hit.m.sentences AS sentences, properties(hit.g) AS target
