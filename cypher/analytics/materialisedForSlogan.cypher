// Fast path of sloganCooccurrence.cypher for SPEECH scope with a slogan filter: the materialised
// CO_OCCURS of that one slogan, with the stored score of $measure. Same rows and scores as the full
// computation. Returns no rows when the materialised data does not describe the current speeches or
// was built with a threshold above $minSupport (the caller then checks cooccursFingerprint.cypher).
// Parameters: $slogan (canonical name), $measure ('COUNT' | 'JACCARD' | 'PMI' | 'NPMI' | 'LIFT'),
//   $minSupport (integer), $first (integer).
// Returns: a, b (a < b), aKind, bKind (the slogans' kinds), support, score; ORDER BY score DESC, support DESC, a, b.
MATCH (st:CooccurrenceState {scope: 'SPEECH'})
WHERE st.minSupport <= $minSupport
  AND st.speeches = COUNT { MATCH (:Speech) }
  AND st.lastIngestedAt = COLLECT {
    MATCH (sp:Speech) WHERE sp.ingestedAt IS NOT NULL
    RETURN sp.ingestedAt ORDER BY sp.ingestedAt DESC LIMIT 1
  }[0]
MATCH (x:Slogan {name: $slogan})-[r:CO_OCCURS]-(y:Slogan)
WHERE r.speeches >= $minSupport
WITH CASE WHEN x.name < y.name THEN x.name ELSE y.name END AS a,
     CASE WHEN x.name < y.name THEN y.name ELSE x.name END AS b,
     CASE WHEN x.name < y.name THEN x.kind ELSE y.kind END AS aKind,
     CASE WHEN x.name < y.name THEN y.kind ELSE x.kind END AS bKind,
     r.speeches AS support,
     CASE $measure
       WHEN 'COUNT' THEN toFloat(r.speeches)
       WHEN 'JACCARD' THEN r.jaccard
       WHEN 'LIFT' THEN r.lift
       WHEN 'PMI' THEN r.pmi
       WHEN 'NPMI' THEN r.npmi
     END AS score
RETURN a, b, aKind, bKind, support, score
ORDER BY score DESC, support DESC, a, b
LIMIT $first
