// The shortest path between two concepts through slogans (HAS_MEMBER) and the speeches that
// mention them (MENTIONS), e.g. 政治意识 → 四个意识 → a speech → 四个自信 → 道路自信.
// :param from => '政治意识'
// :param to => '道路自信'
// Parameters: $from, $to (Concept names).
// Returns: hops, path (names or titles along the path), labels (the label of each step); no row when unconnected.
MATCH (a:Concept {name: $from}), (b:Concept {name: $to})
MATCH p = shortestPath((a)-[:HAS_MEMBER|MENTIONS*..12]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.title, n.key)] AS path,
       [n IN nodes(p) | labels(n)[0]] AS labels
