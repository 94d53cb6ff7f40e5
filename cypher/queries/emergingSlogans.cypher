// New slogans: those whose first use (earliest dated speech using them) falls in a window of dates,
// by the number of dated speeches that use them. $to is compared at its own length, so '2021' keeps
// the whole year.
// :param from => '2020'
// :param to => '2021'
// :param limit => 20
// Parameters: $from, $to (ISO dates: YYYY, YYYY-MM or YYYY-MM-DD), $limit (integer, how many rows).
// Returns: slogan, firstUse, speeches (dated speeches using it); by speeches, then first use, then name.
MATCH (sp:Speech)-[:MENTIONS]->(s:Slogan)
WHERE sp.date IS NOT NULL
WITH s, min(sp.date) AS firstUse, count(sp) AS speeches
WHERE firstUse >= $from AND left(firstUse, size($to)) <= $to
RETURN s.name AS slogan, firstUse, speeches
ORDER BY speeches DESC, firstUse, slogan
LIMIT $limit
