// Mentions of one label in the given speeches, each cut out in the extractor's sentence (stored as
// Speech.sentenceStarts/sentenceEnds; MENTIONS.offsets/ends/sentences are parallel lists).
// A mention outside any sentence (index -1) gets a window of 40 characters either side.
// Only the first $limit mentions of a speech are cut out: a speech may hold tens of thousands.
// params: $ids (list of speech ids), $label (Slogan|Meeting|Term|Person|Document), $limit (int per speech)
// returns: rows {speechId, snippets: [{target: properties, start, end, from, sentence}]} in text order
UNWIND $ids AS speechId
MATCH (s:Speech {id: speechId})-[m:MENTIONS]->(x)
WHERE $label IN labels(x)
UNWIND range(0, size(m.offsets) - 1) AS i
WITH speechId, s, x, m.offsets[i] AS start, m.ends[i] AS end, coalesce(m.sentences[i], -1) AS si
ORDER BY speechId, start
WITH speechId, s, collect({x: x, start: start, end: end, si: si})[..$limit] AS picked
UNWIND picked AS p
WITH speechId, s, p,
     CASE WHEN p.si >= 0 THEN s.sentenceStarts[p.si] WHEN p.start < 40 THEN 0 ELSE p.start - 40 END AS from,
     CASE WHEN p.si >= 0 THEN s.sentenceEnds[p.si] ELSE p.end + 40 END AS to
WITH speechId, collect({target: properties(p.x), start: p.start, end: p.end, from: from,
                        sentence: substring(s.text, from, to - from)}) AS snippets
RETURN speechId, snippets
