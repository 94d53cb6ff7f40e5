// Mentions of one label in the given speeches, with offsets and (when stored) the sentence ranges,
// plus each speech's text once, so the API can cut out the sentence around each mention.
// params: $ids (list of speech ids), $label (string)
// returns: rows {speechId, text, mentions: [{target: properties, offsets: [s,e,…], sentences: [s,e,…]|null}]}
UNWIND $ids AS speechId
MATCH (s:Speech {id: speechId})
OPTIONAL MATCH (s)-[m:MENTIONS]->(x)
WHERE $label IN labels(x)
WITH speechId, s, m, x ORDER BY coalesce(x.name, x.title, x.key)
RETURN speechId, s.text AS text,
       collect(CASE WHEN x IS NULL THEN null ELSE {target: properties(x), offsets: m.offsets, sentences: m.sentences} END) AS mentions
