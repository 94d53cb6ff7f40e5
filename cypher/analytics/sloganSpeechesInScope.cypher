// How many of the speeches passing a filter mention each of the given slogans, and how often: the
// node sizes of a filtered co-occurrence network. The filter is sloganCooccurrence.cypher's (null = any).
// Parameters: $names (canonical slogan names), $level, $genre (strings), $dateFrom, $dateTo (ISO
//   dates, $dateTo cut to its length), $place (GB/T 2260 code: from it or any place inside it).
// Returns: name, speeches (≥ 1), mentions (occurrences in them); slogans no such speech mentions are left out.
UNWIND $names AS name
MATCH (sp:Speech)-[m:MENTIONS]->(:Slogan {name: name})
WHERE ($level IS NULL OR sp.level = $level)
  AND ($genre IS NULL OR sp.genre = $genre)
  AND ($dateFrom IS NULL OR sp.date >= $dateFrom)
  AND ($dateTo IS NULL OR left(sp.date, size($dateTo)) <= $dateTo)
  AND ($place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $place}) })
RETURN name, count(sp) AS speeches, sum(m.count) AS mentions
