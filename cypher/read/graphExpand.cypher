// One breadth-first hop of a graph view: relationships of the frontier nodes to neighbours of the allowed labels.
// params: $frontier (list of elementIds), $labels (allowed neighbour labels), $limit (int: max relationships this hop)
// returns: rows {from, rel: {type, props}, eid, labels, props (text removed), outgoing: bool}
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
MATCH (n)-[r]-(m)
WHERE any(l IN labels(m) WHERE l IN $labels) AND NOT m:SloganVariant
WITH n, r, m ORDER BY coalesce(r.count, 1) DESC, elementId(r)
LIMIT $limit
RETURN elementId(n) AS from, type(r) AS relType, properties(r) AS relProps, elementId(m) AS eid,
       labels(m) AS labels, m {.*, text: null} AS props, startNode(r) = n AS outgoing
