// Every slogan name, for batching the co-occurrence rebuild.
// Parameters: none. Returns: name, one row per slogan, ordered.
MATCH (s:Slogan)
RETURN s.name AS name
ORDER BY name
