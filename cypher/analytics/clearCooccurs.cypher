// Drops the materialised CO_OCCURS relationships before they are written afresh.
// Parameters: none. Returns: removed (count).
MATCH (:Slogan)-[r:CO_OCCURS]->(:Slogan)
DELETE r
RETURN count(r) AS removed
