// sloganTimeline.cypher for no filter or a level alone, from the stored per-slice counts (only
// when cypher/read/time/slicesUsable.cypher says so): per slogan its years or months (a quarter
// adds up its months), and apart the speeches using it without a date (its total less its dated
// ones) and, by quarter or month, those dated to a year only (its years less its months).
// Parameters: $names (slogan names as asked), $by ('YEAR', 'QUARTER' or 'MONTH'), $level (null for
//   every speech, or a level), $prefix ('' or 'level:<level>|', the same choice).
// Returns: asked, name (canonical), period (or null), undated, speeches, mentions — as
//   sloganTimeline.cypher; rows with no speech left out.
UNWIND $names AS asked
CALL (asked) {
  OPTIONAL MATCH (direct:Slogan {name: asked})
  OPTIONAL MATCH (:SloganVariant {name: asked})-[:VARIANT_OF]->(viaVariant:Slogan)
  RETURN coalesce(direct, viaVariant) AS s LIMIT 1
}
WITH asked, s WHERE s IS NOT NULL
CALL (s) {
  MATCH (c:SloganSlice) WHERE c.name = s.name AND c.slice STARTS WITH $prefix + 'year:'
  RETURN sum(c.speeches) AS dated, collect([substring(c.slice, size($prefix) + 5), c.speeches, c.mentions]) AS years
}
CALL (s) {
  MATCH (c:SloganSlice) WHERE $by <> 'YEAR' AND c.name = s.name AND c.slice STARTS WITH $prefix + 'month:'
  RETURN sum(c.speeches) AS inMonths, collect([substring(c.slice, size($prefix) + 6), c.speeches, c.mentions]) AS months
}
WITH asked, s, dated, years, inMonths, months,
     coalesce(CASE WHEN $level IS NULL THEN s.speechCount ELSE COLLECT { MATCH (c:SloganSlice {key: 'level:' + $level + '\t' + s.name}) RETURN c.speeches }[0] END, 0) AS total
CALL (dated, years, inMonths, months, total) {
  UNWIND CASE $by WHEN 'YEAR' THEN years ELSE months END AS x
  WITH CASE $by WHEN 'QUARTER' THEN left(x[0], 4) + '-Q' + toString((toInteger(substring(x[0], 5, 2)) + 2) / 3) ELSE x[0] END AS period, x
  RETURN period, false AS undated, sum(x[1]) AS speeches, sum(x[2]) AS mentions
  UNION ALL
  RETURN null AS period, true AS undated, total - dated AS speeches, 0 AS mentions
  UNION ALL
  WITH dated, inMonths WHERE $by <> 'YEAR'
  RETURN null AS period, false AS undated, dated - inMonths AS speeches, 0 AS mentions
}
WITH asked, s, period, undated, speeches, mentions WHERE speeches > 0
RETURN asked, s.name AS name, period, undated, speeches, mentions
