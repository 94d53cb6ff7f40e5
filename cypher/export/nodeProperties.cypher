// The node property columns of a whole-graph export: every property name with the types Neo4j has
// seen for it (any label), e.g. chars → ["Long"], sentenceStarts → ["LongArray"].
// Parameters: none.
// Returns: name, types (Neo4j type names); ORDER BY name.
CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes
WITH propertyName AS name, propertyTypes AS types WHERE name IS NOT NULL
UNWIND types AS type
WITH name, collect(DISTINCT type) AS types
RETURN name, types
ORDER BY name
