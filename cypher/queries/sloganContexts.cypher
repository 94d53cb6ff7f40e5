// Where a slogan is used: each sentence holding it, with the sentence text as a snippet.
// The slogan may be given by its canonical name or by a variant (两个坚决维护 → 两个维护).
// :param slogan => '两个维护'
// :param limit => 50
// Parameters: $slogan (name or variant), $limit (integer).
// Returns: slogan (canonical), speech (title), id, sentence (index), written (the text as written),
//   at (offset of the mention inside the snippet), snippet; ORDER BY speech, id, sentence, at.
MATCH (s:Slogan)
WHERE s.name = $slogan OR EXISTS { (:SloganVariant {name: $slogan})-[:VARIANT_OF]->(s) }
MATCH (sp:Speech)-[m:MENTIONS]->(s)
UNWIND range(0, size(m.offsets) - 1) AS k
WITH s, sp, m.sentences[k] AS i, m.offsets[k] AS start, m.ends[k] AS end
WITH s, sp, i, start, end, sp.sentenceStarts[i] AS from, sp.sentenceEnds[i] AS to
RETURN s.name AS slogan, sp.title AS speech, sp.id AS id, i AS sentence,
       substring(sp.text, start, end - start) AS written,
       start - from AS at,
       substring(sp.text, from, to - from) AS snippet
ORDER BY speech, id, sentence, at
LIMIT $limit
