// Finds the seed node of a graph view by its type and key; each branch is an index lookup.
// params: $label (Speech|Section|Slogan|Meeting|Term|Person|Document|Concept), $key (string)
// returns: at most one row {eid: elementId, labels, props (text removed)}
CALL () {
  MATCH (n:Speech {id: $key}) WHERE $label = 'Speech' RETURN n
  UNION
  MATCH (n:Section {id: $key}) WHERE $label = 'Section' RETURN n
  UNION
  MATCH (n:Slogan {name: $key}) WHERE $label = 'Slogan' RETURN n
  UNION
  MATCH (n:Meeting {key: $key}) WHERE $label = 'Meeting' RETURN n
  UNION
  MATCH (n:Term {name: $key}) WHERE $label = 'Term' RETURN n
  UNION
  MATCH (n:Person {name: $key}) WHERE $label = 'Person' RETURN n
  UNION
  MATCH (n:Document {title: $key}) WHERE $label = 'Document' RETURN n
  UNION
  MATCH (n:Concept {name: $key}) WHERE $label = 'Concept' RETURN n
}
RETURN elementId(n) AS eid, labels(n) AS labels, n {.*, text: null} AS props
LIMIT 1
