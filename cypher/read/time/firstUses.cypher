// The first use of each slogan (canonical or variant name) among the dated speeches under a filter:
// the earliest delivery date in ISO order (a year-only date comes before every day of its year,
// which it covers) and every speech of that date; and how many speeches using it have no date.
// Parameters: $names (slogan names as asked);
// $f: the speech filter, a map {level, genre, text, place (GB/T 2260 code: from it or inside it),
//   meeting (key), slogan (canonical or variant name), dateFrom, dateTo (ISO; $f.dateTo against the
//   date cut to its length)}, each null for any.
// Returns: asked, name (canonical), date (null when no dated speech uses it), speeches (ids of that
//   date, by id), undated (speeches under the filter using it without a date).
UNWIND $names AS asked
CALL (asked) {
  OPTIONAL MATCH (direct:Slogan {name: asked})
  OPTIONAL MATCH (:SloganVariant {name: asked})-[:VARIANT_OF]->(viaVariant:Slogan)
  RETURN coalesce(direct, viaVariant) AS s LIMIT 1
}
WITH asked, s WHERE s IS NOT NULL
CALL (s) {
  MATCH (sp:Speech)-[:MENTIONS]->(s)
  WHERE true
  AND ($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })
  WITH sp ORDER BY sp.date, sp.id
  WITH collect(CASE WHEN sp.date IS NOT NULL THEN {date: sp.date, id: sp.id} END) AS dated, count(sp) AS uses
  RETURN dated[0].date AS date, [x IN dated WHERE x.date = dated[0].date | x.id] AS first, uses - size(dated) AS undated
}
RETURN asked, s.name AS name, date, CASE WHEN date IS NULL THEN [] ELSE first END AS speeches, undated
