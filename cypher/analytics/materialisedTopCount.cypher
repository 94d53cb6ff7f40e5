// Fast path of sloganCooccurrence.cypher for SPEECH scope and measure COUNT, without a slogan
// filter: reads the materialised CO_OCCURS in the order of the range index cooccurs_speeches, so only
// the top $first pairs are touched, then re-reads every pair scoring at least the $first-th best (the
// ties) to apply the full ORDER BY. Same rows and scores as the full computation.
// Returns no rows when the materialised data does not describe the current speeches or was built
// with a threshold above $minSupport (the caller then checks cooccursFingerprint.cypher).
// Parameters: $minSupport (integer), $first (integer).
// Returns: a, b (a < b), aKind, bKind (the slogans' kinds), support, score; ORDER BY score DESC, support DESC, a, b.
MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WHERE st.minSupport <= $minSupport
  AND st.speeches = COUNT { MATCH (:Speech) }
  AND st.lastIngestedAt = COLLECT {
    MATCH (sp:Speech) WHERE sp.ingestedAt IS NOT NULL
    RETURN sp.ingestedAt ORDER BY sp.ingestedAt DESC LIMIT 1
  }[0]
CALL () {
  MATCH ()-[r:CO_OCCURS]->()
  USING INDEX r:CO_OCCURS(speeches)
  WHERE r.speeches IS NOT NULL AND r.speeches >= $minSupport
  WITH r ORDER BY r.speeches DESC LIMIT $first
  RETURN min(r.speeches) AS cutoff
}
MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan)
WHERE r.speeches >= cutoff AND r.speeches >= $minSupport
RETURN a.name AS a, b.name AS b, a.kind AS aKind, b.kind AS bKind, r.speeches AS support, toFloat(r.speeches) AS score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
