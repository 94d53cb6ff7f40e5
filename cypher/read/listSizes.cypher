// The sizes of the lists Speech fields return, read before a query runs so that its cost counts
// them: the largest stored size of each list over all speeches (each one read from a range index,
// cypher/schema.cypher) and the sizes of the speeches the query names.
// params: $ids (list of speech ids; may be empty)
// returns: one row {largest: {sections, slogans, meetings, persons, documents, terms}, speeches: [{id, sections, slogans, …}]}
RETURN {
  sections: COLLECT { MATCH (s:Speech) WHERE s.sectionCount IS NOT NULL RETURN s.sectionCount ORDER BY s.sectionCount DESC LIMIT 1 }[0],
  slogans: COLLECT { MATCH (s:Speech) WHERE s.sloganCount IS NOT NULL RETURN s.sloganCount ORDER BY s.sloganCount DESC LIMIT 1 }[0],
  meetings: COLLECT { MATCH (s:Speech) WHERE s.meetingCount IS NOT NULL RETURN s.meetingCount ORDER BY s.meetingCount DESC LIMIT 1 }[0],
  persons: COLLECT { MATCH (s:Speech) WHERE s.personCount IS NOT NULL RETURN s.personCount ORDER BY s.personCount DESC LIMIT 1 }[0],
  documents: COLLECT { MATCH (s:Speech) WHERE s.documentCount IS NOT NULL RETURN s.documentCount ORDER BY s.documentCount DESC LIMIT 1 }[0],
  terms: COLLECT { MATCH (s:Speech) WHERE s.termCount IS NOT NULL RETURN s.termCount ORDER BY s.termCount DESC LIMIT 1 }[0]
} AS largest,
COLLECT {
  MATCH (s:Speech) WHERE s.id IN $ids
  RETURN s {.id, sections: s.sectionCount, slogans: s.sloganCount, meetings: s.meetingCount, persons: s.personCount, documents: s.documentCount, terms: s.termCount}
} AS speeches
