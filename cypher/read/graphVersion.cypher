// A no-op read whose only purpose is its bookmark: Neo4j answers a read transaction with the id of
// the last committed transaction, which changes with every write. The API keys its analytics cache
// on it (one round trip, no data touched).
// params: none
// returns: one row {ok: 1}
RETURN 1 AS ok
