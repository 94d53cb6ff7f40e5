// Slogans by canonical or variant name (batched): a variant such as 两个坚决维护 resolves to 两个维护.
// params: $names (list of strings)
// returns: rows {name (as asked), slogan: {name, kind}}
UNWIND $names AS name
OPTIONAL MATCH (direct:Slogan {name: name})
OPTIONAL MATCH (:SloganVariant {name: name})-[:VARIANT_OF]->(viaVariant:Slogan)
WITH name, coalesce(direct, viaVariant) AS g
WHERE g IS NOT NULL
RETURN DISTINCT name, g {.name, .kind} AS slogan
