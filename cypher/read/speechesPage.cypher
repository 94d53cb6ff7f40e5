// One page of speeches, newest first (undated last), then by id, with the total under the filter.
// Candidates come from the most selective filter given (the slogan, canonical or variant name; else
// the meeting; else every speech), so a slogan filter walks that slogan's speeches only.
// A place filter keeps the speeches from that place or any place inside it (a province's cities and
// counties); dates compare as ISO strings: $dateFrom against the whole date, $dateTo against the
// date cut to its length, so dateTo "2026-02" keeps all of February.
// params: $level (string|null), $text (string|null), $slogan (canonical or variant name|null),
//         $meeting (meeting key|null), $place (place code|null), $genre (string|null),
//         $dateFrom (ISO date|null), $dateTo (ISO date|null), $skip (int), $limit (int)
// returns: one row {total: int, rows: [speech map without text]}
CALL () {
  WITH 1 AS unused WHERE $slogan IS NOT NULL
  OPTIONAL MATCH (direct:Slogan {name: $slogan})
  OPTIONAL MATCH (:SloganVariant {name: $slogan})-[:VARIANT_OF]->(viaVariant:Slogan)
  WITH coalesce(direct, viaVariant) AS g
  MATCH (s:Speech)-[:MENTIONS]->(g)
  RETURN s
  UNION
  WITH 1 AS unused WHERE $slogan IS NULL AND $meeting IS NOT NULL
  MATCH (s:Speech)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $meeting})
  RETURN DISTINCT s
  UNION
  WITH 1 AS unused WHERE $slogan IS NULL AND $meeting IS NULL
  MATCH (s:Speech)
  RETURN s
}
WITH s
WHERE ($level IS NULL OR s.level = $level)
  AND ($text IS NULL OR s.title CONTAINS $text OR s.text CONTAINS $text)
  AND ($meeting IS NULL OR EXISTS { MATCH (s)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $meeting}) })
  AND ($place IS NULL OR EXISTS { MATCH (s)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $place}) })
  AND ($genre IS NULL OR s.genre = $genre)
  AND ($dateFrom IS NULL OR s.date >= $dateFrom)
  AND ($dateTo IS NULL OR left(s.date, size($dateTo)) <= $dateTo)
WITH s ORDER BY coalesce(s.date, '') DESC, s.id
WITH collect(s) AS items
RETURN size(items) AS total,
       [x IN items[$skip..($skip + $limit)] | x {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields}] AS rows
