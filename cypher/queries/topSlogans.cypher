// Top slogans by the number of speeches that use them.
// :param limit => 20
// Parameters: $limit (integer, how many rows).
// Returns: slogan, kind, speeches (speeches using it), mentions (occurrences in all speeches);
//   ORDER BY speeches DESC, mentions DESC, slogan.
MATCH (s:Slogan)<-[m:MENTIONS]-(:Speech)
RETURN s.name AS slogan, s.kind AS kind, count(m) AS speeches, sum(m.count) AS mentions
ORDER BY speeches DESC, mentions DESC, slogan
LIMIT $limit
