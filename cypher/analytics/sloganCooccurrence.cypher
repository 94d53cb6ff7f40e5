// Slogan pairs that occur together, with support and an association measure.
// A unit is a speech (SPEECH), a top-level section with everything under it (SECTION), or a
// sentence (SENTENCE, from MENTIONS.sentences). support = units holding both slogans; with N units
// in the scope and n(a), n(b) units holding each slogan:
//   COUNT = support, JACCARD = support / (n(a) + n(b) − support), LIFT = support·N / (n(a)·n(b)),
//   PMI = log2(LIFT), NPMI = PMI / −log2(support / N) (exactly 1 when the two always occur together).
// Only the speeches that pass the filter count, as units and in N, so a filtered network is scored
// on its own speeches (the filter means what it means in read/speechFilter.cypher; null = any).
// Parameters: $scope ('SPEECH' | 'SECTION' | 'SENTENCE'), $measure ('COUNT' | 'JACCARD' | 'PMI' |
//   'NPMI' | 'LIFT'), $minSupport (integer ≥ 1), $first (integer), $slogan (canonical name or null:
//   only pairs containing it); filter: $level, $genre (strings), $dateFrom, $dateTo (ISO dates,
//   $dateTo cut to its length), $place (GB/T 2260 code: from it or any place inside it).
// Returns: a, b (a < b), aKind, bKind (the slogans' kinds, looked up for the kept pairs only), support, score; ORDER BY score DESC, support DESC, a, b.
MATCH (sp:Speech)
WHERE ($level IS NULL OR sp.level = $level)
  AND ($genre IS NULL OR sp.genre = $genre)
  AND ($dateFrom IS NULL OR sp.date >= $dateFrom)
  AND ($dateTo IS NULL OR left(sp.date, size($dateTo)) <= $dateTo)
  AND ($place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $place}) })
WITH collect(sp) AS speeches
WITH speeches,
     CASE $scope
       WHEN 'SPEECH' THEN size(speeches)
       WHEN 'SECTION' THEN reduce(n = 0, sp IN speeches | n + COUNT { (sp)-[:HAS_SECTION]->(:Section) })
       ELSE reduce(n = 0, sp IN speeches | n + coalesce(sp.sentenceCount, 0))
     END AS total
CALL (speeches) {
  UNWIND speeches AS sp
  CALL (sp) {
    WITH sp WHERE $scope = 'SPEECH'
    MATCH (sp)-[:MENTIONS]->(s:Slogan)
    RETURN sp.id AS unit, s.name AS name
    UNION
    WITH sp WHERE $scope = 'SECTION'
    MATCH (sp)-[:HAS_SECTION]->(u:Section)-[:HAS_SECTION*0..]->(:Section)-[:MENTIONS]->(s:Slogan)
    RETURN u.id AS unit, s.name AS name
    UNION
    WITH sp WHERE $scope = 'SENTENCE'
    MATCH (sp)-[m:MENTIONS]->(s:Slogan)
    UNWIND m.sentences AS i
    RETURN sp.id + ':' + toString(i) AS unit, s.name AS name
  }
  RETURN unit, name
}
WITH total, unit, collect(name) AS names
WITH total, collect(names) AS units
CALL (units) {
  UNWIND units AS names
  UNWIND names AS name
  WITH name, count(*) AS freq
  RETURN collect([name, freq]) AS freqs
}
CALL (units) {
  UNWIND units AS names
  UNWIND names AS a
  UNWIND names AS b
  WITH a, b WHERE a < b AND ($slogan IS NULL OR a = $slogan OR b = $slogan)
  WITH a, b, count(*) AS support
  WHERE support >= $minSupport
  RETURN a, b, support
}
WITH a, b, support, toFloat(total) AS n,
     toFloat([f IN freqs WHERE f[0] = a][0][1]) AS na,
     toFloat([f IN freqs WHERE f[0] = b][0][1]) AS nb
WITH a, b, support, n, na, nb, toFloat(support) AS s
WITH a, b, support,
     CASE $measure
       WHEN 'COUNT' THEN s
       WHEN 'JACCARD' THEN s / (na + nb - s)
       WHEN 'LIFT' THEN s * n / (na * nb)
       WHEN 'PMI' THEN log(s * n / (na * nb)) / log(2.0)
       WHEN 'NPMI' THEN CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
     END AS score
WITH a, b, support, score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
RETURN a, b,
       COLLECT { MATCH (s:Slogan {name: a}) RETURN s.kind }[0] AS aKind,
       COLLECT { MATCH (s:Slogan {name: b}) RETURN s.kind }[0] AS bKind,
       support, score
ORDER BY score DESC, support DESC, a, b
