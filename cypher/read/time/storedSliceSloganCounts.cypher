// filteredSloganCounts.cypher for a filter that is one stored slice (a level, a province, a year:
// src/graph/time/slices.ts), from the per-slice counts (only when cypher/read/time/slicesUsable.cypher
// says so): the speeches of the slice, and per slogan those of them that use it.
// Parameters: $slice (a slice key: level:county, province:320000, year:2021).
// Returns: one row: speeches, slogans: [{name, speeches}] (slogans no speech of the slice uses left out).
OPTIONAL MATCH (t:Slice {key: $slice})
RETURN coalesce(t.speeches, 0) AS speeches,
       COLLECT { MATCH (c:SloganSlice {slice: $slice}) RETURN {name: c.name, speeches: c.speeches} } AS slogans
