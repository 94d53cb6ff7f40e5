// One page of meetings, most referenced first (speeches mentioning it), then by key, after a keyset
// position, with the total under the filter. The reference count is the stored Meeting.speechCount
// (cypher/analytics/listTotalsAdd.cypher), read in the order of its range index, so a page stops at
// $limit; counted from MENTIONS only when the co-occurrence marker says the stored counts may be
// stale (cypher/analytics/cooccursState.cypher).
// params: $level (string|null), $afterCount (int|null), $afterKey (string|null: null on the first
//         page), $limit (int: rows to read, one more than the page)
// returns: one row {total: int, rows: [{key, name, level, anonymized, speeches}]}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored,
     coalesce($afterCount, 9223372036854775807) AS upTo
CALL (stored, upTo) {
  CALL (stored, upTo) {
    WITH stored, upTo WHERE stored
    MATCH (mt:Meeting)
    WHERE mt.speechCount <= upTo AND ($level IS NULL OR mt.level = $level)
      AND ($afterKey IS NULL OR mt.speechCount < upTo OR mt.key > $afterKey)
    WITH mt ORDER BY mt.speechCount DESC, mt.key LIMIT $limit
    RETURN mt, mt.speechCount AS refs
    UNION
    UNWIND CASE WHEN stored THEN [] ELSE [1] END AS counted
    MATCH (mt:Meeting)
    WHERE $level IS NULL OR mt.level = $level
    WITH mt, COUNT { MATCH (:Speech)-[:MENTIONS]->(mt) } AS refs, upTo
    WHERE $afterKey IS NULL OR refs < upTo OR (refs = upTo AND mt.key > $afterKey)
    WITH mt, refs ORDER BY refs DESC, mt.key LIMIT $limit
    RETURN mt, refs
  }
  WITH mt, refs ORDER BY refs DESC, mt.key
  RETURN collect(mt {.key, .name, .level, .anonymized, speeches: refs}) AS rows
}
// The total: the count store without a level, the level's index entries with one.
RETURN CASE WHEN $level IS NULL THEN COUNT { MATCH (:Meeting) } ELSE COUNT { MATCH (mt:Meeting {level: $level}) } END AS total, rows
