// Invariant: a speech's stored list sizes (sloganCount, meetingCount, personCount, documentCount,
// termCount; the API costs queries by them) are the numbers of distinct nodes of each kind it mentions.
// params: none
// returns: rows {problem, count, examples: [speech ids]} — no row when the invariant holds
MATCH (sp:Speech)
WITH sp, [
  ['slogans', sp.sloganCount, COUNT { (sp)-[:MENTIONS]->(:Slogan) }],
  ['meetings', sp.meetingCount, COUNT { (sp)-[:MENTIONS]->(:Meeting) }],
  ['persons', sp.personCount, COUNT { (sp)-[:MENTIONS]->(:Person) }],
  ['documents', sp.documentCount, COUNT { (sp)-[:MENTIONS]->(:Document) }],
  ['terms', sp.termCount, COUNT { (sp)-[:MENTIONS]->(:Term) }]
] AS lists
WITH sp, [l IN lists WHERE l[1] IS NULL OR l[1] <> l[2]] AS wrong
WHERE size(wrong) > 0
WITH count(sp) AS n, collect(sp.id + ': ' + wrong[0][0] + ' ' + coalesce(toString(wrong[0][1]), 'missing') + ' stored, ' + toString(wrong[0][2]) + ' actual')[..5] AS examples
WHERE n > 0
RETURN 'speeches whose stored list sizes are wrong' AS problem, n AS count, examples
