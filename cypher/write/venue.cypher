// Links a speech to the meeting it was delivered at (the meeting is written by meetings.cypher first).
// Parameters: $speechId, $venueKey. Returns nothing.
MATCH (sp:Speech {id: $speechId}), (mt:Meeting {key: $venueKey})
MERGE (sp)-[:DELIVERED_AT]->(mt)
