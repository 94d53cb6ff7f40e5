// One breadth-first hop of a graph view: relationships of the frontier nodes to neighbours of the allowed labels.
// params: $frontier (list of elementIds), $labels (allowed neighbour labels), $limit (int: max relationships this hop)
// returns: rows {from, rel: {type, props}, eid, labels, props (text removed), outgoing: bool}
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
// CO_OCCURS is left out: derived, one per slogan pair seen together anywhere, so a hub slogan has
// hundreds that would crowd its stored facts out of the view (the network is cooccurrenceGraph).
MATCH (n)-[r]-(m)
WHERE any(l IN labels(m) WHERE l IN $labels) AND NOT m:SloganVariant AND NOT r:CO_OCCURS
WITH n, r, m ORDER BY coalesce(r.count, 1) DESC, elementId(r)
LIMIT $limit
RETURN elementId(n) AS from, type(r) AS relType, properties(r) AS relProps, elementId(m) AS eid,
       labels(m) AS labels, m {.*, text: null} AS props, startNode(r) = n AS outgoing
