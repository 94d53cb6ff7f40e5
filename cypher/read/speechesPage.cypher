// One page of speeches, newest first (undated last), then by id, with the total under the filter.
// params: $level (string|null), $text (string|null), $slogan (canonical or variant name|null),
//         $meeting (meeting key|null), $skip (int), $limit (int)
// returns: one row {total: int, rows: [speech map without text]}
MATCH (s:Speech)
WHERE ($level IS NULL OR s.level = $level)
  AND ($text IS NULL OR s.title CONTAINS $text OR s.text CONTAINS $text)
  AND ($slogan IS NULL OR EXISTS {
        MATCH (s)-[:MENTIONS]->(g:Slogan)
        WHERE g.name = $slogan OR EXISTS { MATCH (:SloganVariant {name: $slogan})-[:VARIANT_OF]->(g) }
      })
  AND ($meeting IS NULL
       OR EXISTS { MATCH (s)-[:DELIVERED_AT]->(:Meeting {key: $meeting}) }
       OR EXISTS { MATCH (s)-[:MENTIONS]->(:Meeting {key: $meeting}) })
WITH s ORDER BY coalesce(s.date, '') DESC, s.id
WITH collect(s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt}) AS items
RETURN size(items) AS total, items[$skip..($skip + $limit)] AS rows
