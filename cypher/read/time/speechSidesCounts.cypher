// The two sides of a distinctive comparison in one pass: the speeches a subset filter keeps, and the
// reference speeches (those the reference filter keeps, or every speech when it is null) that the
// subset does not keep; per slogan the speeches of each side that use it.
// Parameters: $f: the subset filter; $r: the reference filter or null (everything else); each a map
//   {level, genre, text, place (GB/T 2260 code: from it or inside it), meeting (key), slogan
//   (canonical or variant name), dateFrom, dateTo (ISO; dateTo against the date cut to its length)},
//   each field null for any.
// Returns: one row: subset, reference (speeches on each side), subsetSlogans, referenceSlogans:
//   [{name, speeches}] (speeches of that side using the slogan; slogans the side never uses left out).
MATCH (sp:Speech)
WITH sp,
     (($f.level IS NULL OR sp.level = $f.level)
  AND ($f.genre IS NULL OR sp.genre = $f.genre)
  AND ($f.dateFrom IS NULL OR sp.date >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR left(sp.date, size($f.dateTo)) <= $f.dateTo)
  AND ($f.text IS NULL OR sp.title CONTAINS $f.text OR sp.text CONTAINS $f.text)
  AND ($f.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $f.place}) })
  AND ($f.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $f.meeting}) })
  AND ($f.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $f.slogan OR EXISTS { MATCH (:SloganVariant {name: $f.slogan})-[:VARIANT_OF]->(fs) } })) AS inSubset
WITH sp, inSubset,
     (NOT inSubset) AND ($r IS NULL OR (
      ($r.level IS NULL OR sp.level = $r.level)
  AND ($r.genre IS NULL OR sp.genre = $r.genre)
  AND ($r.dateFrom IS NULL OR sp.date >= $r.dateFrom)
  AND ($r.dateTo IS NULL OR left(sp.date, size($r.dateTo)) <= $r.dateTo)
  AND ($r.text IS NULL OR sp.title CONTAINS $r.text OR sp.text CONTAINS $r.text)
  AND ($r.place IS NULL OR EXISTS { MATCH (sp)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $r.place}) })
  AND ($r.meeting IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS|DELIVERED_AT]->(:Meeting {key: $r.meeting}) })
  AND ($r.slogan IS NULL OR EXISTS { MATCH (sp)-[:MENTIONS]->(fs:Slogan) WHERE fs.name = $r.slogan OR EXISTS { MATCH (:SloganVariant {name: $r.slogan})-[:VARIANT_OF]->(fs) } }))) AS inReference
WITH sp, inSubset, inReference WHERE inSubset OR inReference
WITH collect(CASE WHEN inSubset THEN sp END) AS subsetSpeeches, collect(CASE WHEN inReference THEN sp END) AS referenceSpeeches
CALL (subsetSpeeches) {
  UNWIND subsetSpeeches AS sp
  MATCH (sp)-[:MENTIONS]->(s:Slogan)
  WITH s.name AS name, count(*) AS speeches
  RETURN collect({name: name, speeches: speeches}) AS subsetSlogans
}
CALL (referenceSpeeches) {
  UNWIND referenceSpeeches AS sp
  MATCH (sp)-[:MENTIONS]->(s:Slogan)
  WITH s.name AS name, count(*) AS speeches
  RETURN collect({name: name, speeches: speeches}) AS referenceSlogans
}
RETURN size(subsetSpeeches) AS subset, size(referenceSpeeches) AS reference, subsetSlogans, referenceSlogans
