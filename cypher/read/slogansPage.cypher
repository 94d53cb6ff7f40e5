// One page of slogans with speech and mention counts, and the total under the filter.
// params: $kind (NUMBERED|CATCHPHRASE|CODED|null), $minSpeeches (int|null),
//         $orderBy (SPEECHES_DESC|MENTIONS_DESC|NAME_ASC), $skip (int), $limit (int)
// returns: one row {total: int, rows: [{name, kind, speeches, mentions}]}
MATCH (g:Slogan)
WHERE $kind IS NULL OR g.kind = $kind
CALL (g) {
  OPTIONAL MATCH (s:Speech)-[m:MENTIONS]->(g)
  RETURN count(s) AS speeches, coalesce(sum(m.count), 0) AS mentions
}
WITH g, speeches, mentions
WHERE $minSpeeches IS NULL OR speeches >= $minSpeeches
WITH g, speeches, mentions,
     CASE $orderBy WHEN 'SPEECHES_DESC' THEN -speeches WHEN 'MENTIONS_DESC' THEN -mentions ELSE 0 END AS rank
ORDER BY rank, g.name
WITH collect({name: g.name, kind: g.kind, speeches: speeches, mentions: mentions}) AS items
RETURN size(items) AS total, items[$skip..($skip + $limit)] AS rows
