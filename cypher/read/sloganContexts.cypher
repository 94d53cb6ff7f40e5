// Mentions of each of the given canonical slogans across speeches, each in its sentence
// (see speechMentions.cypher for how sentences are stored); speeches with most mentions first.
// params: $names (list of canonical slogan names), $limit (int: snippets per slogan)
// returns: rows {name, snippets: [{speechId, target, start, end, from, sentence}]}
UNWIND $names AS name
MATCH (s:Speech)-[m:MENTIONS]->(g:Slogan {name: name})
WITH name, s, m, g ORDER BY m.count DESC, s.id
UNWIND range(0, size(m.offsets) - 1) AS i
WITH name, s, g, m.offsets[i] AS start, m.ends[i] AS end, coalesce(m.sentences[i], -1) AS si
WITH name, s, g, start, end,
     CASE WHEN si >= 0 THEN s.sentenceStarts[si] WHEN start < 40 THEN 0 ELSE start - 40 END AS from,
     CASE WHEN si >= 0 THEN s.sentenceEnds[si] ELSE end + 40 END AS to
WITH name, collect({speechId: s.id, target: properties(g), start: start, end: end, from: from,
                    sentence: substring(s.text, from, to - from)})[..$limit] AS snippets
RETURN name, snippets
