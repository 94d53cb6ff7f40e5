// Last step of removing speeches: deletes concepts and variants left without any relationship.
// Parameters: $leftovers (element ids). Returns: deleted (count).
UNWIND $leftovers AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(n) AS deleted
