// Full-text search (CJK analyzer) over speech titles, section headings, slogan and term names.
// :param q => '五中全会'
// :param limit => 20
// Parameters: $q (Lucene query text), $limit (integer).
// Returns: kind (label), name (title, heading or name), speech (speech id for speeches and sections), score;
//   ORDER BY score DESC, kind, name.
CALL db.index.fulltext.queryNodes('tifa_text', $q) YIELD node, score
RETURN labels(node)[0] AS kind, coalesce(node.title, node.heading, node.name) AS name,
       coalesce(node.speechId, CASE WHEN node:Speech THEN node.id END) AS speech, score
ORDER BY score DESC, kind, name
LIMIT $limit
