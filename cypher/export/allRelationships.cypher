// Every relationship of the graph, streamed by the whole-graph export.
// Parameters: none.
// Returns: id, source, target (element ids), type, props (all properties).
MATCH (a)-[r]->(b)
RETURN elementId(r) AS id, elementId(a) AS source, elementId(b) AS target, type(r) AS type, properties(r) AS props
