// What the given speeches mention, of one label (Slogan, Meeting, Term, Person, Document), with speech-level counts.
// The label is a parameter so one batched file serves every kind (no string-built Cypher).
// params: $ids (list of speech ids), $label (string)
// returns: rows {speechId, target: node properties, count, weight (terms; else null)}
UNWIND $ids AS speechId
MATCH (:Speech {id: speechId})-[m:MENTIONS]->(x)
WHERE $label IN labels(x)
RETURN speechId, properties(x) AS target, m.count AS count, m.weight AS weight
ORDER BY speechId, m.count DESC, coalesce(x.name, x.title, x.key)
