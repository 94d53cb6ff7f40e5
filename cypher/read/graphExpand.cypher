// One breadth-first hop of a graph view: relationships of the frontier nodes to neighbours of the
// allowed labels. Bounded before it expands: each frontier node reads at most $perType relationships
// of each type (in the order the graph stores them; the caller gives each node its share of
// $limit), so a hub slogan mentioned by 50,000 speeches costs that share, not its 50,000 mentions;
// of those, the hop keeps the $limit with the largest `count`.
// CO_OCCURS is left out: derived, one per slogan pair seen together anywhere, so a hub slogan has
// hundreds that would crowd its stored facts out of the view (the network is cooccurrenceGraph);
// so are VARIANT_OF (a variant is shown as its slogan), FROM and PART_OF (places are no view type).
// params: $frontier (list of elementIds), $labels (allowed neighbour labels), $limit (int: max relationships this hop),
//         $perType (int: max relationships of one type read from one frontier node)
// returns: rows {from, relType, relProps: {count, weight}, eid, labels, props (text and sentence offsets null), outgoing: bool}
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
CALL (n) {
  MATCH (n)-[r:MENTIONS]-(m) WHERE any(l IN labels(m) WHERE l IN $labels) RETURN r, m LIMIT $perType
  UNION
  MATCH (n)-[r:HAS_SECTION]-(m) WHERE any(l IN labels(m) WHERE l IN $labels) RETURN r, m LIMIT $perType
  UNION
  MATCH (n)-[r:DELIVERED_AT]-(m) WHERE any(l IN labels(m) WHERE l IN $labels) RETURN r, m LIMIT $perType
  UNION
  MATCH (n)-[r:SPOKEN_BY]-(m) WHERE any(l IN labels(m) WHERE l IN $labels) RETURN r, m LIMIT $perType
  UNION
  MATCH (n)-[r:HAS_MEMBER]-(m) WHERE any(l IN labels(m) WHERE l IN $labels) RETURN r, m LIMIT $perType
}
WITH n, r, m ORDER BY coalesce(r.count, 1) DESC, elementId(r)
LIMIT $limit
// Only the weight of a relationship is shown (its positions are not), and a speech without its text
// and sentence offsets.
RETURN elementId(n) AS from, type(r) AS relType, r {.count, .weight} AS relProps, elementId(m) AS eid,
       labels(m) AS labels, m {.*, text: null, sentenceStarts: null, sentenceEnds: null} AS props, startNode(r) = n AS outgoing
