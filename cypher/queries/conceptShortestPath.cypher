// The shortest path between two concepts through slogans (HAS_MEMBER) and the speeches that
// mention them (MENTIONS), e.g. 政治意识 → 四个意识 → a speech → 四个自信 → 道路自信. Sections are
// left out: a section-level path is as short as the speech-level one and would only repeat it.
// :param from => '政治意识'
// :param to => '道路自信'
// Parameters: $from, $to (Concept names).
// Returns: hops, path (names or titles along the path), labels (the label of each step); no row when unconnected.
MATCH (a:Concept {name: $from}), (b:Concept {name: $to})
MATCH p = shortestPath((a)-[:HAS_MEMBER|MENTIONS*..12]-(b))
WHERE none(n IN nodes(p) WHERE n:Section)
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.title, n.key)] AS path,
       [n IN nodes(p) | labels(n)[0]] AS labels
