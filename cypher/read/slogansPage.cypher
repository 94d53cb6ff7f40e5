// One page of slogans with speech and mention counts, after a keyset position, and the total under
// the filter. The counts are the stored Slogan.speechCount and Slogan.mentionCount, kept by every
// write with the co-occurrence counts (cypher/analytics/cooccursAdd.cypher, cooccursDelta.cypher,
// the import), so a page reads its rows from the range index of the order (slogan_speech_count,
// slogan_mention_count, slogan_name) and stops at $limit, whatever the number of mentions. They are
// counted from MENTIONS only when the co-occurrence marker says they may be stale (a graph written
// behind tifa's back), as the co-occurrence reads do (cypher/analytics/cooccursState.cypher).
// Order: SPEECHES_DESC by speechCount, MENTIONS_DESC by mentionCount (each descending), NAME_ASC by
// name alone (its key is 0); ties by name. The keyset: rows with (key, name) after ($afterKey,
// $afterName) in that order.
// params: $kind (NUMBERED|CATCHPHRASE|CODED|null), $minSpeeches (int|null),
//         $orderBy (SPEECHES_DESC|MENTIONS_DESC|NAME_ASC), $afterKey (int|null), $afterName (string|null:
//         null on the first page), $limit (int: rows to read, one more than the page)
// returns: one row {total: int, rows: [{name, kind, speeches, mentions}]}
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WITH coalesce(st.valid AND st.listTotals, false) AND st.speeches = COUNT { MATCH (:Speech) } AS stored,
     coalesce($afterKey, 9223372036854775807) AS upTo
CALL (stored, upTo) {
  CALL (stored, upTo) {
    WITH stored, upTo WHERE stored AND $orderBy = 'SPEECHES_DESC'
    MATCH (g:Slogan)
    WHERE g.speechCount >= coalesce($minSpeeches, 0) AND g.speechCount <= upTo
      AND ($kind IS NULL OR g.kind = $kind)
      AND ($afterName IS NULL OR g.speechCount < upTo OR g.name > $afterName)
    WITH g ORDER BY g.speechCount DESC, g.name LIMIT $limit
    RETURN g, g.speechCount AS speeches, coalesce(g.mentionCount, 0) AS mentions
    UNION
    WITH stored, upTo WHERE stored AND $orderBy = 'MENTIONS_DESC'
    MATCH (g:Slogan)
    WHERE g.mentionCount <= upTo
      AND ($kind IS NULL OR g.kind = $kind) AND ($minSpeeches IS NULL OR g.speechCount >= $minSpeeches)
      AND ($afterName IS NULL OR g.mentionCount < upTo OR g.name > $afterName)
    WITH g ORDER BY g.mentionCount DESC, g.name LIMIT $limit
    RETURN g, coalesce(g.speechCount, 0) AS speeches, g.mentionCount AS mentions
    UNION
    WITH stored WHERE stored AND $orderBy = 'NAME_ASC'
    MATCH (g:Slogan)
    WHERE g.name > coalesce($afterName, '')
      AND ($kind IS NULL OR g.kind = $kind) AND ($minSpeeches IS NULL OR g.speechCount >= $minSpeeches)
    WITH g ORDER BY g.name LIMIT $limit
    RETURN g, coalesce(g.speechCount, 0) AS speeches, coalesce(g.mentionCount, 0) AS mentions
    UNION
    UNWIND CASE WHEN stored THEN [] ELSE [1] END AS counted
    MATCH (g:Slogan)
    WHERE $kind IS NULL OR g.kind = $kind
    CALL (g) {
      OPTIONAL MATCH (s:Speech)-[m:MENTIONS]->(g)
      RETURN count(s) AS speeches, coalesce(sum(m.count), 0) AS mentions
    }
    WITH g, speeches, mentions, CASE $orderBy WHEN 'SPEECHES_DESC' THEN speeches WHEN 'MENTIONS_DESC' THEN mentions ELSE 0 END AS key, upTo
    WHERE ($minSpeeches IS NULL OR speeches >= $minSpeeches)
      AND ($afterName IS NULL OR key < upTo OR (key = upTo AND g.name > $afterName))
    WITH g, speeches, mentions ORDER BY key DESC, g.name LIMIT $limit
    RETURN g, speeches, mentions
  }
  WITH g, speeches, mentions
  ORDER BY CASE $orderBy WHEN 'SPEECHES_DESC' THEN -speeches WHEN 'MENTIONS_DESC' THEN -mentions ELSE 0 END, g.name
  RETURN collect({name: g.name, kind: g.kind, speeches: speeches, mentions: mentions}) AS rows
}
CALL (stored) {
  WITH stored WHERE stored
  RETURN COUNT { MATCH (g:Slogan) WHERE ($kind IS NULL OR g.kind = $kind) AND ($minSpeeches IS NULL OR g.speechCount >= $minSpeeches) } AS total
  UNION
  WITH stored WHERE NOT stored
  RETURN COUNT {
    MATCH (g:Slogan)
    WHERE ($kind IS NULL OR g.kind = $kind) AND ($minSpeeches IS NULL OR COUNT { MATCH (:Speech)-[:MENTIONS]->(g) } >= $minSpeeches)
  } AS total
}
RETURN total, rows
