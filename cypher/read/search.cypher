// Full-text search (CJK analyzer) over speech titles, section headings, slogan and term names.
// params: $index (full-text index name), $query (Lucene query, already escaped), $limit (int)
// returns: rows {labels, props (text removed), score, speechId (owning speech of a section, or the speech itself)}
// Equal scores (a slogan and the term of the same name) are ordered slogans, speeches, sections, terms, then by name.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
OPTIONAL MATCH (owner:Speech)-[:HAS_SECTION*]->(node)
RETURN labels(node) AS labels, node {.*, text: null} AS props, score,
       CASE WHEN node:Speech THEN node.id ELSE owner.id END AS speechId
ORDER BY score DESC,
         CASE WHEN node:Slogan THEN 0 WHEN node:Speech THEN 1 WHEN node:Section THEN 2 ELSE 3 END,
         coalesce(node.name, node.title, node.heading, node.id)
