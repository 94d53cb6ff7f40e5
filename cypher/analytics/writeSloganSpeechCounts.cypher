// Rebuild step 1 (batched by the caller): stores on each slogan the number of speeches that
// mention it, n(a) of the co-occurrence measures (counted by the caller from speechSlogans.cypher).
// Parameters: $rows (list of {name, speechCount}). Returns: updated (count).
UNWIND $rows AS row
MATCH (s:Slogan {name: row.name})
SET s.speechCount = row.speechCount
RETURN count(s) AS updated
