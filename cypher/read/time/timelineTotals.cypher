// Speeches under a filter per period of their delivery date: the denominators of a timeline's
// shares. A date shorter than the period (a year-only date in a MONTH series) is in no period of
// it: such speeches, and those without a date, come back as the row whose period is null.
// Parameters: $by ('YEAR', 'QUARTER' or 'MONTH');
// $f: the speech filter, a map {level, genre, text, place (GB/T 2260 code: from it or inside it),
//   meeting (key), slogan (canonical or variant name), dateFrom, dateTo (ISO; $f.dateTo against the
//   date cut to its length)}, each null for any.
// Returns: period (2021, 2021-Q1, 2021-03, or null), undated (for a null period: true when the
//   speeches have no date, false when their date is shorter than the period), speeches; unordered.
MATCH (sp:Speech)
WHERE true
  AND ($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })
WITH sp.date IS NULL AS undated, CASE
         WHEN sp.date IS NULL THEN null
         WHEN $by = 'YEAR' THEN left(sp.date, 4)
         WHEN size(sp.date) < 7 THEN null
         WHEN $by = 'MONTH' THEN left(sp.date, 7)
         ELSE left(sp.date, 4) + '-Q' + toString((toInteger(substring(sp.date, 5, 2)) + 2) / 3)
       END AS period
RETURN period, undated, count(*) AS speeches
