// Full-text search (CJK analyzer) over speech titles, section headings, slogan and term names.
// params: $index (full-text index name), $query (Lucene query, already escaped), $limit (int)
// returns: rows {labels, props (text removed), score, speechId (owning speech of a section, or the speech itself)}
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
OPTIONAL MATCH (owner:Speech)-[:HAS_SECTION*]->(node)
RETURN labels(node) AS labels, node {.*, text: null} AS props, score,
       CASE WHEN node:Speech THEN node.id ELSE owner.id END AS speechId
ORDER BY score DESC
