// Brings a graph written before the country was the root place up to date: places that lie under
// nothing are put under 中华人民共和国 (100000), and central speeches without a place come from it
// unless their date lies wholly before the People's Republic (1949-10-01) or their place was
// given. Speeches written since have both (src/app/metadata/storedRows.ts), so this then changes
// nothing and creates no country.
// params: none
// returns: one row {places, speeches}: how many PART_OF and FROM it added
CALL () {
  MATCH (p:Place) WHERE p.code <> '100000' AND NOT EXISTS { MATCH (p)-[:PART_OF]->() }
  MERGE (c:Place {code: '100000'}) ON CREATE SET c.name = '中华人民共和国', c.level = 'central'
  MERGE (p)-[:PART_OF]->(c)
  RETURN count(p) AS places
}
CALL () {
  MATCH (s:Speech {level: 'central'})
  WHERE NOT EXISTS { MATCH (s)-[:FROM]->() } AND NOT 'place' IN coalesce(s.givenFields, [])
    AND NOT (s.date IS NOT NULL AND CASE size(s.date) WHEN 4 THEN s.date + '-12-31' WHEN 7 THEN s.date + '-31' ELSE s.date END < '1949-10-01')
  MERGE (c:Place {code: '100000'}) ON CREATE SET c.name = '中华人民共和国', c.level = 'central'
  CREATE (s)-[:FROM]->(c)
  RETURN count(s) AS speeches
}
RETURN places, speeches
