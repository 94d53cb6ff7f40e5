// The state of the speech set that the materialised co-occurrence must match: the number of
// speeches and the newest ingestedAt (index `speech_ingested_at`, so no scan). Every ingest adds a
// speech with a newer ingestedAt (a replaced speech is a new node) and every removal lowers the
// count, so any write that changes speech-scope co-occurrence changes this pair.
// Also reads the marker left by the last complete rebuild (CooccurrenceState, key scope = 'SPEECH').
// Parameters: none.
// Returns: speeches (integer), lastIngestedAt (datetime or null), stored (map of the marker's
//   properties: speeches, lastIngestedAt, minSupport, or null when no complete rebuild is recorded).
OPTIONAL MATCH (st:CooccurrenceState {scope: 'SPEECH'})
RETURN COUNT { MATCH (:Speech) } AS speeches,
       COLLECT {
         MATCH (sp:Speech) WHERE sp.ingestedAt IS NOT NULL
         RETURN sp.ingestedAt ORDER BY sp.ingestedAt DESC LIMIT 1
       }[0] AS lastIngestedAt,
       CASE WHEN st IS NULL THEN null
            ELSE {speeches: st.speeches, lastIngestedAt: st.lastIngestedAt, minSupport: st.minSupport} END AS stored
