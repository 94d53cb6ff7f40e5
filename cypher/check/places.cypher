// Invariants of places: the country (中华人民共和国, code 100000, level central) is the root, every
// other Place lies under it by one PART_OF chain; a central speech comes FROM the country unless
// its date lies wholly before the People's Republic (1949-10-01), and then it has no place; a
// place given with a speech (givenFields holds 'place') is the user's and not checked here.
// params: none
// returns: rows {problem, count, examples} — no row when the invariants hold
CALL () {
  MATCH (p:Place)
  WHERE p.code <> '100000' AND NOT EXISTS { MATCH (p)-[:PART_OF*1..]->(:Place {code: '100000'}) }
  RETURN 'places not under the country (100000)' AS problem, count(p) AS n, collect(p.code + ' ' + p.name)[..5] AS examples
  UNION ALL
  MATCH (p:Place)
  WHERE COUNT { (p)-[:PART_OF]->() } > 1 OR (p.code = '100000' AND (EXISTS { (p)-[:PART_OF]->() } OR p.level <> 'central'))
  RETURN 'places with more than one parent, or a country that is not the root' AS problem, count(p) AS n, collect(p.code + ' ' + p.name)[..5] AS examples
  UNION ALL
  MATCH (s:Speech {level: 'central'})
  WHERE NOT 'place' IN coalesce(s.givenFields, [])
  WITH s, s.date IS NOT NULL AND CASE size(s.date) WHEN 4 THEN s.date + '-12-31' WHEN 7 THEN s.date + '-31' ELSE s.date END < '1949-10-01' AS beforePrc
  WHERE (NOT beforePrc AND NOT EXISTS { MATCH (s)-[:FROM]->(:Place {code: '100000'}) })
     OR (beforePrc AND EXISTS { MATCH (s)-[:FROM]->() })
  RETURN 'central speeches not from the country (or older than it and placed)' AS problem, count(s) AS n, collect(s.id + ' ' + coalesce(s.date, 'undated'))[..5] AS examples
  UNION ALL
  MATCH (s:Speech)
  WHERE COUNT { (s)-[:FROM]->() } > 1
  RETURN 'speeches from more than one place' AS problem, count(s) AS n, collect(s.id)[..5] AS examples
}
WITH problem, n, examples WHERE n > 0
RETURN problem, n AS count, examples
