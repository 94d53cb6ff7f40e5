// firstUses.cypher for no filter or a level alone, led by the stored per-slice counts (only when
// cypher/read/time/slicesUsable.cypher says so): the slogan's first year is its first year slice;
// when that year holds more of its speeches than its months do, some are dated to the year only,
// and the year itself is the first date in ISO order; else its first month slice in that year holds
// the first use, and only the speeches of that month are read (index speech_date).
// Parameters: $names (slogan names as asked), $level (null for every speech, or a level), $prefix
//   ('' or 'level:<level>|', the same choice).
// Returns: asked, name (canonical), date (null when no dated speech uses it), speeches (ids of that
//   date, by id), undated — as firstUses.cypher.
UNWIND $names AS asked
CALL (asked) {
  OPTIONAL MATCH (direct:Slogan {name: asked})
  OPTIONAL MATCH (:SloganVariant {name: asked})-[:VARIANT_OF]->(viaVariant:Slogan)
  RETURN coalesce(direct, viaVariant) AS s LIMIT 1
}
WITH asked, s WHERE s IS NOT NULL
CALL (s) {
  MATCH (c:SloganSlice) WHERE c.name = s.name AND c.slice STARTS WITH $prefix + 'year:'
  RETURN sum(c.speeches) AS dated, min(c.slice) AS firstYear
}
WITH asked, s, dated, substring(firstYear, size($prefix) + 5) AS year,
     COLLECT { MATCH (c:SloganSlice {key: firstYear + '\t' + s.name}) RETURN c.speeches }[0] AS inYear,
     coalesce(CASE WHEN $level IS NULL THEN s.speechCount ELSE COLLECT { MATCH (c:SloganSlice {key: 'level:' + $level + '\t' + s.name}) RETURN c.speeches }[0] END, 0) AS total
CALL (s, year) {
  MATCH (m:SloganSlice) WHERE m.name = s.name AND m.slice STARTS WITH $prefix + 'month:' + year + '-'
  RETURN sum(m.speeches) AS inMonths, min(m.slice) AS firstMonth
}
WITH asked, s, dated, total, CASE WHEN year IS NULL THEN null WHEN inYear > inMonths THEN year ELSE substring(firstMonth, size($prefix) + 6) END AS within
CALL (s, within) {
  CALL (s, within) {
    MATCH (sp:Speech) USING INDEX sp:Speech(date)
    WHERE sp.date = within AND size(within) = 4 AND ($level IS NULL OR sp.level = $level) AND EXISTS { MATCH (sp)-[:MENTIONS]->(s) }
    RETURN sp
    UNION
    MATCH (sp:Speech) USING INDEX sp:Speech(date)
    WHERE sp.date STARTS WITH within AND size(within) = 7 AND ($level IS NULL OR sp.level = $level) AND EXISTS { MATCH (sp)-[:MENTIONS]->(s) }
    RETURN sp
  }
  WITH sp ORDER BY sp.date, sp.id
  WITH collect({date: sp.date, id: sp.id}) AS found
  RETURN found[0].date AS date, [x IN found WHERE x.date = found[0].date | x.id] AS first
}
RETURN asked, s.name AS name, date, CASE WHEN date IS NULL THEN [] ELSE first END AS speeches, total - dated AS undated
