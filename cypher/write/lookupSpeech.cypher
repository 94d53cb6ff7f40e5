// Decides what ingesting one speech means: already stored (same content), and which stored
// speeches it replaces (same source, different content).
// Parameters: $id (speech id), $source. Returns: exists (boolean), replaced (list of speech ids).
RETURN EXISTS { MATCH (:Speech {id: $id}) } AS exists,
       COLLECT { MATCH (old:Speech {source: $source}) WHERE old.id <> $id RETURN old.id ORDER BY old.id } AS replaced
