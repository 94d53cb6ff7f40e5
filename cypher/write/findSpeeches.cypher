// Finds the speeches `tifa remove` means: by id, by a unique id prefix (6+ characters), or by source.
// Parameters: $refs (list of strings: the argument as given and, for a path, its absolute form).
// Returns: id, source, title, ordered by id.
MATCH (sp:Speech)
WHERE sp.id IN $refs OR sp.source IN $refs
   OR any(ref IN $refs WHERE size(ref) >= 6 AND sp.id STARTS WITH toLower(ref))
RETURN sp.id AS id, sp.source AS source, sp.title AS title
ORDER BY id
