// Third step of removing speeches: a surviving slogan keeps only the variants some remaining
// speech still writes (MENTIONS.variants); returns the variants it let go.
// Parameters: $touched (element ids). Returns one row per removed link: leftover (element id).
UNWIND $touched AS eid
MATCH (v:SloganVariant)-[r:VARIANT_OF]->(s:Slogan) WHERE elementId(s) = eid
  AND NOT EXISTS { MATCH (:Speech)-[m:MENTIONS]->(s) WHERE v.name IN m.variants }
DELETE r
RETURN elementId(v) AS leftover
