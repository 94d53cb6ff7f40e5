// Per slogan (canonical or variant name) and period of delivery: speeches under a filter that use
// it and their mentions. Speeches without a date, or with a date shorter than the period, come back
// under period null.
// Parameters: $names (slogan names as asked), $by ('YEAR', 'QUARTER' or 'MONTH');
// $f: the speech filter, a map {level, genre, text, place (GB/T 2260 code: from it or inside it),
//   meeting (key), slogan (canonical or variant name), dateFrom, dateTo (ISO; $f.dateTo against the
//   date cut to its length)}, each null for any.
// Returns: asked (the name as asked), name (canonical), period (or null), undated (true: the speeches
//   of a null period have no date; false: a date shorter than the period), speeches, mentions;
//   names that are no slogan are left out.
UNWIND $names AS asked
CALL (asked) {
  OPTIONAL MATCH (direct:Slogan {name: asked})
  OPTIONAL MATCH (:SloganVariant {name: asked})-[:VARIANT_OF]->(viaVariant:Slogan)
  RETURN coalesce(direct, viaVariant) AS s LIMIT 1
}
WITH asked, s WHERE s IS NOT NULL
MATCH (sp:Speech)-[m:MENTIONS]->(s)
WHERE true
  AND ($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })
WITH asked, s, m, sp.date IS NULL AS undated, CASE
         WHEN sp.date IS NULL THEN null
         WHEN $by = 'YEAR' THEN left(sp.date, 4)
         WHEN size(sp.date) < 7 THEN null
         WHEN $by = 'MONTH' THEN left(sp.date, 7)
         ELSE left(sp.date, 4) + '-Q' + toString((toInteger(substring(sp.date, 5, 2)) + 2) / 3)
       END AS period
RETURN asked, s.name AS name, period, undated, count(*) AS speeches, sum(m.count) AS mentions
