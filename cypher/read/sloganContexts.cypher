// Mentions of each of the given canonical slogans, each in its sentence (see speechMentions.cypher
// for how sentences are stored), from a bounded sample: the first $limit speeches the slogan's
// MENTIONS lead to (the order the graph stores them in, not a ranking), ordered by speech id, and
// within a speech in reading order; the first $limit mentions of those. A hub slogan is mentioned by
// half the speeches: ranking every mention to show ten sentences read all of them (seconds at
// 100,000 speeches), this reads at most $limit speeches' mentions.
// params: $names (list of canonical slogan names), $limit (int: snippets per slogan)
// returns: rows {name, snippets: [{speechId, target, start, end, from, sentence}]}
UNWIND $names AS name
MATCH (g:Slogan {name: name})
CALL (g) {
  MATCH (s:Speech)-[m:MENTIONS]->(g)
  WITH s, m LIMIT $limit
  UNWIND range(0, size(m.offsets) - 1) AS i
  WITH s, m.offsets[i] AS start, m.ends[i] AS end, coalesce(m.sentences[i], -1) AS si
  ORDER BY s.id, start
  LIMIT $limit
  WITH s, start, end,
       CASE WHEN si >= 0 THEN s.sentenceStarts[si] WHEN start < 40 THEN 0 ELSE start - 40 END AS from,
       CASE WHEN si >= 0 THEN s.sentenceEnds[si] ELSE end + 40 END AS to
  RETURN collect({speechId: s.id, start: start, end: end, from: from, sentence: substring(s.text, from, to - from)}) AS snippets
}
RETURN name, [x IN snippets | x {.*, target: properties(g)}] AS snippets
