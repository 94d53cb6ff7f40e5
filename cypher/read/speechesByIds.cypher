// Speeches by id (batched for a DataLoader).
// params: $ids (list of speech ids)
// returns: rows {speech: map without text}
UNWIND $ids AS id
MATCH (s:Speech {id: id})
RETURN s {.id, .title, .source, .sha256, .chars, .level, .date, .ingestedAt, .genre, .subtitle, .published, .givenFields} AS speech
