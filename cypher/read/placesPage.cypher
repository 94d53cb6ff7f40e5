// One page of places, provinces first (by code, which orders by level: XX0000 < XXYY00 < XXYYZZ
// within a province), with the total under the filter and the number of speeches from each place or
// any place inside it.
// params: $level (string|null), $parent (place code|null: the places directly PART_OF it),
//         $skip (int), $limit (int)
// returns: one row {total: int, rows: [{code, name, level, parentCode, speeches}]}
MATCH (p:Place)
WHERE ($level IS NULL OR p.level = $level)
  AND ($parent IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(:Place {code: $parent}) })
WITH p ORDER BY p.code
CALL (p) {
  OPTIONAL MATCH (s:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
  RETURN count(DISTINCT s) AS speeches
}
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
WITH collect(p {.code, .name, .level, parentCode: up.code, speeches: speeches}) AS items
RETURN size(items) AS total, items[$skip..($skip + $limit)] AS rows
