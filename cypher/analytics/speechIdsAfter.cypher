// Rebuild step 3 input: the next page of speech ids in id order (unique index speech_id), so the
// rebuild walks every speech once in bounded batches.
// Parameters: $after (speech id, '' for the first page), $limit (integer). Returns: id, ordered.
MATCH (sp:Speech) WHERE sp.id > $after
RETURN sp.id AS id
ORDER BY id
LIMIT $limit
