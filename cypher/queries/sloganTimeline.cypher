// When a slogan is used: per year of delivery, the dated speeches of that year, those using the
// slogan, and their share (so a growing corpus does not look like a rising slogan). A year-only
// date counts in its year; speeches without a date are left out.
// :param slogan => '四个意识'
// Parameters: $slogan (canonical slogan name).
// Returns: year, speeches (dated speeches delivered that year), using (of them, those using the
//   slogan), share (using ÷ speeches); by year, every year with a dated speech.
MATCH (sp:Speech)
WHERE sp.date IS NOT NULL
WITH left(sp.date, 4) AS year, EXISTS { MATCH (sp)-[:MENTIONS]->(:Slogan {name: $slogan}) } AS uses
WITH year, count(*) AS speeches, sum(CASE WHEN uses THEN 1 ELSE 0 END) AS using
RETURN year, speeches, using, toFloat(using) / speeches AS share
ORDER BY year
