// Speeches mentioning each of the given canonical slogans, most mentions first (then newest, then
// by id) (batched). The first $limit are picked by those keys alone (a top-k over the slogan's
// mentions) before any speech is projected: a hub slogan is mentioned by half the speeches.
// params: $names (list of canonical slogan names), $limit (int per slogan)
// returns: rows {name, speeches: [speech map without text]}
UNWIND $names AS name
MATCH (g:Slogan {name: name})
CALL (g) {
  MATCH (s:Speech)-[m:MENTIONS]->(g)
  RETURN s, m.count AS count ORDER BY m.count DESC, coalesce(s.date, '') DESC, s.id LIMIT $limit
}
WITH name, s ORDER BY count DESC, coalesce(s.date, '') DESC, s.id
RETURN name, collect(s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields}) AS speeches
