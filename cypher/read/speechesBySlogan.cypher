// Speeches mentioning each of the given canonical slogans, most mentions first (batched).
// params: $names (list of canonical slogan names), $limit (int per slogan)
// returns: rows {name, speeches: [speech map without text]}
UNWIND $names AS name
MATCH (s:Speech)-[m:MENTIONS]->(:Slogan {name: name})
WITH name, s, m ORDER BY m.count DESC, coalesce(s.date, '') DESC, s.id
WITH name, collect(s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields})[..$limit] AS speeches
RETURN name, speeches
