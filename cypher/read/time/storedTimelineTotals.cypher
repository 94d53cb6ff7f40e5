// timelineTotals.cypher for no filter or a level alone, from the stored per-slice counts (only when
// cypher/read/time/slicesUsable.cypher says so): dated speeches per period. A quarter adds up its
// months; a year-only date is in its year's slice and in no month's, so in no quarter or month.
// Parameters: $by ('YEAR', 'QUARTER' or 'MONTH'), $prefix ('' for every speech, 'level:<level>|'
//   for one level).
// Returns: period, undated (false), speeches; dated periods only (the speeches of no period are
//   not needed by the answers), unordered.
MATCH (t:Slice) WHERE t.key STARTS WITH $prefix + CASE $by WHEN 'YEAR' THEN 'year:' ELSE 'month:' END
WITH substring(t.key, size($prefix) + CASE $by WHEN 'YEAR' THEN 5 ELSE 6 END) AS p, t.speeches AS speeches
WITH CASE $by WHEN 'QUARTER' THEN left(p, 4) + '-Q' + toString((toInteger(substring(p, 5, 2)) + 2) / 3) ELSE p END AS period, speeches
RETURN period, false AS undated, sum(speeches) AS speeches
