// A cheap stamp that changes whenever speeches are added, replaced or removed (speech subgraphs are
// immutable once written): the number of speeches and the latest ingestion time. The API keys its
// analytics cache on it.
// params: none
// returns: one row {speeches: int, latest: datetime|null}
RETURN COUNT { MATCH (:Speech) } AS speeches,
       COLLECT { MATCH (s:Speech) WHERE s.ingestedAt IS NOT NULL RETURN s.ingestedAt ORDER BY s.ingestedAt DESC LIMIT 1 }[0] AS latest
