// Invariant: every Speech has all of its sections (the number the extractor found is stored as sectionCount).
// params: none
// returns: rows {problem, count, examples: [speech ids]} — no row when the invariant holds
MATCH (sp:Speech)
WITH sp, COUNT { MATCH (sp)-[:HAS_SECTION*]->(:Section) } AS found
WHERE found <> coalesce(sp.sectionCount, found)
WITH count(sp) AS n, collect(sp.id + ' has ' + toString(found) + ' of ' + toString(sp.sectionCount) + ' sections')[..5] AS examples
WHERE n > 0
RETURN 'speeches missing sections' AS problem, n AS count, examples
