// The speech list's filter as one predicate on `s`: src/graph/read/readCypher.ts puts it where a
// speech query writes `/*speechFilter*/ true`, so the list's queries (speechesWalk, speechesFromPool, speechesCounted)
// agree on what a filter keeps. Dates compare as ISO strings: $dateFrom against the whole date,
// $dateTo against the date cut to its length, so dateTo "2026-02" keeps all of February. A place
// keeps the speeches from it or from any place inside it (a province's cities and counties). The
// text is a substring of the title or the text: a full-text hit is verified here. The place is
// tested from the speech's one FROM (no label on `p`, so the planner does not seek every code).
// params: $level (string|null), $genre (string|null), $dateFrom (ISO date|null), $dateTo (ISO date|null),
//         $slogan (canonical slogan name|null), $meeting (meeting key|null), $placeCodes (codes|null),
//         $text (string|null)
// returns: a boolean expression (not a statement)
($level IS NULL OR s.level = $level)
AND ($genre IS NULL OR s.genre = $genre)
AND ($dateFrom IS NULL OR s.date >= $dateFrom)
AND ($dateTo IS NULL OR left(s.date, size($dateTo)) <= $dateTo)
AND ($slogan IS NULL OR EXISTS { MATCH (s)-[:MENTIONS]->(:Slogan {name: $slogan}) })
AND ($meeting IS NULL OR EXISTS { MATCH (s)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $meeting}) })
AND ($placeCodes IS NULL OR EXISTS { MATCH (s)-[:FROM]->(p) WHERE p.code IN $placeCodes })
AND ($text IS NULL OR s.title CONTAINS $text OR s.text CONTAINS $text)
