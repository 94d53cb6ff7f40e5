// What the speech list needs to choose where a filtered page starts (src/graph/read/speechPages.ts):
// the canonical name of the filter's slogan (a variant name finds its slogan) and, for each filter
// side that names few speeches, how many: the slogan's stored speechCount (an estimate is enough
// here; the degree when no count is stored), the meeting's degree, the codes of the place and
// every place inside it and the sum of their FROM degrees, and the full-text hits of the text, counted up to
// $bound + 1. Every number is read from counts or bounded: none grows with the graph.
// params: $slogan (canonical or variant name|null), $meeting (meeting key|null), $place (place code|null),
//         $lucene (full-text query|null), $bound (int)
// returns: one row {speeches: int, slogan: canonical name|null, sloganSpeeches: int|null,
//          meetingSpeeches: int|null, placeSpeeches: int|null, placeCodes: the place's and those
//          inside it|null, textHits: int (0 without $lucene)}
OPTIONAL MATCH (direct:Slogan {name: $slogan})
OPTIONAL MATCH (:SloganVariant {name: $slogan})-[:VARIANT_OF]->(viaVariant:Slogan)
WITH coalesce(direct, viaVariant) AS g
OPTIONAL MATCH (mt:Meeting {key: $meeting})
OPTIONAL MATCH (pl:Place {code: $place})
CALL (pl) {
  OPTIONAL MATCH (p:Place)-[:PART_OF*0..]->(pl)
  RETURN sum(COUNT { (p)<-[:FROM]-() }) AS placeSpeeches, collect(p.code) AS placeCodes
}
CALL () {
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('speech_text', lucene, {limit: $bound + 1}) YIELD node
  RETURN count(node) AS textHits
}
RETURN COUNT { MATCH (:Speech) } AS speeches,
       g.name AS slogan,
       CASE WHEN g IS NULL THEN null ELSE coalesce(g.speechCount, COUNT { (g)<-[:MENTIONS]-() }) END AS sloganSpeeches,
       CASE WHEN mt IS NULL THEN null ELSE COUNT { (mt)<-[:MENTIONS|DELIVERED_AT]-() } END AS meetingSpeeches,
       CASE WHEN pl IS NULL THEN null ELSE placeSpeeches END AS placeSpeeches,
       CASE WHEN pl IS NULL THEN null ELSE placeCodes END AS placeCodes,
       textHits
