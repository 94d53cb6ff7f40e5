// The speeches a filter keeps (dated or not) and, per slogan, those of them that use it: the subset
// side of a distinctive comparison against everything else.
// Parameters:
// $f: the speech filter, a map {level, genre, text, place (GB/T 2260 code: from it or inside it),
//   meeting (key), slogan (canonical or variant name), dateFrom, dateTo (ISO; $f.dateTo against the
//   date cut to its length)}, each null for any.
// Returns: one row: speeches (kept), slogans: [{name, speeches}] (slogans no kept speech uses left out).
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
WITH collect(sp) AS kept
CALL (kept) {
  UNWIND kept AS sp
  MATCH (sp)-[:MENTIONS]->(s:Slogan)
  WITH s.name AS name, count(*) AS speeches
  RETURN collect({name: name, speeches: speeches}) AS slogans
}
RETURN size(kept) AS speeches, slogans
