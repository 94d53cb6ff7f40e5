// Per slogan: the dated speeches under a filter and inside a window of dates that use it, their
// mentions, and its first use among them (the earliest delivery date in ISO order); with the number
// of dated speeches under the filter and in the window. One side of a rising comparison, and the
// first uses of emerging slogans. Speeches without a date are in no window: they are counted apart.
// Parameters: $from, $to (ISO dates or null: the window, compared as $f.dateFrom and $f.dateTo are);
// $f: the speech filter, a map {level, genre, text, place (GB/T 2260 code: from it or inside it),
//   meeting (key), slogan (canonical or variant name), dateFrom, dateTo (ISO; $f.dateTo against the
//   date cut to its length)}, each null for any.
// Returns: one row: speeches (dated speeches under the filter in the window), undated (speeches under
//   the filter without a date), slogans: [{name, speeches, mentions, firstUse}].
CALL () {
  MATCH (sp:Speech)
  WHERE (sp.date IS NULL OR (($from IS NULL OR sp.date >= $from) AND ($to IS NULL OR left(sp.date, size($to)) <= $to)))
  AND ($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })
  RETURN count(sp.date) AS speeches, count(sp) - count(sp.date) AS undated
}
CALL () {
  MATCH (sp:Speech)-[m:MENTIONS]->(s:Slogan)
  WHERE sp.date IS NOT NULL AND ($from IS NULL OR sp.date >= $from) AND ($to IS NULL OR left(sp.date, size($to)) <= $to)
  AND ($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })
  WITH s, count(sp) AS uses, sum(m.count) AS mentions, min(sp.date) AS firstUse
  RETURN collect({name: s.name, speeches: uses, mentions: mentions, firstUse: firstUse}) AS slogans
}
RETURN speeches, undated, slogans
