// Two slogans' co-occurrence per period of delivery: for every period with dated speeches, the units
// of the scope (SPEECH: the speeches; SECTION: their top-level sections with everything under them;
// SENTENCE: their sentences), those holding each slogan, and those holding both — what
// sloganCooccurrence.cypher counts, over the dated speeches of one period. A date shorter than the
// period (a year-only date in a MONTH series) is in no period; undated speeches are in none.
// Parameters: $a, $b (canonical slogan names), $by ('YEAR', 'QUARTER' or 'MONTH'),
//   $scope ('SPEECH', 'SECTION' or 'SENTENCE').
// Returns: period, units, aUnits, bUnits, both; by period.
CALL () {
  MATCH (sp:Speech)
  WHERE sp.date IS NOT NULL
  WITH sp, CASE
         WHEN $by = 'YEAR' THEN left(sp.date, 4)
         WHEN size(sp.date) < 7 THEN null
         WHEN $by = 'MONTH' THEN left(sp.date, 7)
         ELSE left(sp.date, 4) + '-Q' + toString((toInteger(substring(sp.date, 5, 2)) + 2) / 3)
       END AS period
  WHERE period IS NOT NULL
  WITH period, CASE $scope
         WHEN 'SPEECH' THEN 1
         WHEN 'SECTION' THEN COUNT { MATCH (sp)-[:HAS_SECTION]->(:Section) }
         ELSE coalesce(sp.sentenceCount, 0)
       END AS units
  RETURN period, sum(units) AS units
}
CALL (period) {
  OPTIONAL MATCH (sp:Speech)-[:MENTIONS]->(s:Slogan)
  WHERE s.name IN [$a, $b] AND sp.date IS NOT NULL AND CASE
         WHEN $by = 'YEAR' THEN left(sp.date, 4)
         WHEN size(sp.date) < 7 THEN null
         WHEN $by = 'MONTH' THEN left(sp.date, 7)
         ELSE left(sp.date, 4) + '-Q' + toString((toInteger(substring(sp.date, 5, 2)) + 2) / 3)
       END = period
  WITH DISTINCT sp
  CALL (sp) {
    WITH sp WHERE sp IS NOT NULL AND $scope = 'SPEECH'
    RETURN CASE WHEN EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $a}) } THEN [sp.id] ELSE [] END AS ua,
           CASE WHEN EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $b}) } THEN [sp.id] ELSE [] END AS ub
    UNION
    WITH sp WHERE sp IS NOT NULL AND $scope = 'SECTION'
    RETURN COLLECT { MATCH (sp)-[:HAS_SECTION]->(u:Section) WHERE EXISTS { MATCH (u)-[:HAS_SECTION*0..]->(:Section)-[:MENTIONS]->(:Slogan {name: $a}) } RETURN u.id } AS ua,
           COLLECT { MATCH (sp)-[:HAS_SECTION]->(u:Section) WHERE EXISTS { MATCH (u)-[:HAS_SECTION*0..]->(:Section)-[:MENTIONS]->(:Slogan {name: $b}) } RETURN u.id } AS ub
    UNION
    WITH sp WHERE sp IS NOT NULL AND $scope = 'SENTENCE'
    RETURN COLLECT { MATCH (sp)-[m:MENTIONS]->(:Slogan {name: $a}) UNWIND m.sentences AS i RETURN DISTINCT i } AS ua,
           COLLECT { MATCH (sp)-[m:MENTIONS]->(:Slogan {name: $b}) UNWIND m.sentences AS i RETURN DISTINCT i } AS ub
  }
  RETURN sum(size(ua)) AS aUnits, sum(size(ub)) AS bUnits, sum(size([x IN ua WHERE x IN ub])) AS both
}
RETURN period, units, aUnits, bUnits, both
ORDER BY period
