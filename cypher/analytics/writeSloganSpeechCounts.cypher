// Rebuild step 1 (batched by the caller): stores on each slogan the number of speeches that
// mention it, n(a) of the co-occurrence measures. MENTIONS from Speech only (sections also point at slogans).
// Parameters: $names (list of slogan names). Returns: updated (count).
UNWIND $names AS name
MATCH (s:Slogan {name: name})
SET s.speechCount = COUNT { (:Speech)-[:MENTIONS]->(s) }
RETURN count(s) AS updated
