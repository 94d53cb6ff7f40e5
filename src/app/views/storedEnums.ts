// Enum values whose stored form differs from their public name (the GraphQL enum, the CLI flag):
// the API hands these tables to Apollo, which maps both ways, so resolvers receive and return the
// stored form ('central', 'Slogan'); the export views turn flags into the stored form with them.

/** AdminLevel ↔ the lower-case level the extractor stores. */
export const AdminLevel = { CENTRAL: 'central', PROVINCIAL: 'provincial', CITY: 'city', COUNTY: 'county', TOWNSHIP: 'township' };

/** MentionKind ↔ the graph label of the mentioned node. */
export const MentionKind = { SLOGAN: 'Slogan', MEETING: 'Meeting', TERM: 'Term', PERSON: 'Person', DOCUMENT: 'Document' };

/** Genre ↔ the extractor's lower-case genre. */
export const Genre = { SPEECH: 'speech', WORK_REPORT: 'work_report', PARTY_REPORT: 'party_report', OUTLINE: 'outline', NEWS: 'news', OTHER: 'other' };
