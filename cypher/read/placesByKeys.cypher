// Places by code or by official name (batched for a DataLoader), with their parent's code and the
// number of speeches from each place or any place inside it. A name may mean several places
// (朝阳区 of Beijing and of Changchun): every one is returned, and the caller decides.
// params: $codes (list of codes), $names (list of names)
// returns: rows {place: {code, name, level, parentCode, speeches}}
MATCH (p:Place)
WHERE p.code IN $codes OR p.name IN $names
CALL (p) {
  OPTIONAL MATCH (s:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
  RETURN count(DISTINCT s) AS speeches
}
OPTIONAL MATCH (p)-[:PART_OF]->(up:Place)
RETURN p {.code, .name, .level, parentCode: up.code, speeches: speeches} AS place
ORDER BY p.code
