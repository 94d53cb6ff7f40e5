// Meetings grouped by administrative level (central, provincial, city, county, district, or
// unknown), with how many speeches cite them; anonymised meetings (× for numbers) counted apart.
// Parameters: none.
// Returns: level, meetings (named, distinct), anonymized (count), speeches (distinct citing
//   speeches), examples (up to 5 names); ORDER BY speeches DESC, level.
MATCH (m:Meeting)<-[:MENTIONS]-(sp:Speech)
WITH coalesce(m.level, 'unknown') AS level, m, collect(DISTINCT sp) AS citing
WITH level,
     count(CASE WHEN NOT m.anonymized THEN 1 END) AS meetings,
     count(CASE WHEN m.anonymized THEN 1 END) AS anonymized,
     collect(CASE WHEN NOT m.anonymized THEN m.name END) AS names,
     collect(citing) AS citingLists
UNWIND citingLists AS citing
UNWIND citing AS sp
WITH level, meetings, anonymized, names, count(DISTINCT sp) AS speeches
RETURN level, meetings, anonymized, speeches, [n IN names WHERE n IS NOT NULL][0..5] AS examples
ORDER BY speeches DESC, level
