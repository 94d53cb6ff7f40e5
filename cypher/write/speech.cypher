// Creates (or refreshes) the Speech node.
// Parameters: $speech (map of Speech properties, see src/graph/speechRows.ts). Returns nothing.
MERGE (sp:Speech {id: $speech.id})
SET sp += $speech, sp.ingestedAt = coalesce(sp.ingestedAt, datetime())
