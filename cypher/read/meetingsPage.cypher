// One page of meetings, most referenced first, then by key, with the total under the filter.
// params: $level (string|null), $skip (int), $limit (int)
// returns: one row {total: int, rows: [{key, name, level, anonymized}]}
MATCH (mt:Meeting)
WHERE $level IS NULL OR mt.level = $level
CALL (mt) {
  OPTIONAL MATCH (s:Speech)-[:MENTIONS]->(mt)
  RETURN count(s) AS refs
}
WITH mt, refs ORDER BY refs DESC, mt.key
WITH collect(mt {.key, .name, .level, .anonymized}) AS items
RETURN size(items) AS total, items[$skip..($skip + $limit)] AS rows
