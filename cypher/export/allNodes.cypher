// Every node of the graph, streamed by the whole-graph export.
// Parameters: none.
// Returns: id (element id), labels, props (all properties).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
