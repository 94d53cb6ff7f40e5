// How a slogan spread to the provinces: each province's first use (earliest dated speech from it or
// from inside it that uses the slogan) and the lag in days from the first central use, dates taken at
// the first day they cover; provinces that never used it come last with their speech count.
// :param slogan => '两个确立'
// Parameters: $slogan (canonical slogan name).
// Returns: province, code, firstUse (null: never), lagDays (null without both dates), speeches
//   (speeches from the province or inside it); adopters by first use, then the others by code.
CALL () {
  OPTIONAL MATCH (c:Speech {level: 'central'})-[:MENTIONS]->(:Slogan {name: $slogan})
  WHERE c.date IS NOT NULL
  RETURN min(c.date) AS central
}
MATCH (p:Place {level: 'provincial'})
CALL (p) {
  OPTIONAL MATCH (sp:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p)
  RETURN count(sp) AS speeches,
         min(CASE WHEN sp.date IS NOT NULL AND EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $slogan}) } THEN sp.date END) AS firstUse
}
WITH p, speeches, firstUse, central,
     CASE WHEN firstUse IS NULL OR central IS NULL THEN null
          ELSE duration.inDays(date(left(central + '-01-01', 10)), date(left(firstUse + '-01-01', 10))).days END AS lagDays
RETURN p.name AS province, p.code AS code, firstUse, lagDays, speeches
ORDER BY firstUse IS NULL, firstUse, code
