// The speeches stored under some sources: `tifa ingest` reads them once per run, so a file whose
// text is stored under its name already is reported unchanged without being extracted again.
// One index seek per source (speech_source); sources with no speech give no row.
// Parameters: $sources (list of strings: file names as the speeches' `source`).
// Returns: one row per source that has speeches: source, speeches (list of {id, givenSha256}: the
// hash of the metadata given with it, null when none was).
UNWIND $sources AS source
MATCH (s:Speech {source: source})
RETURN source, collect({id: s.id, givenSha256: s.givenSha256}) AS speeches
