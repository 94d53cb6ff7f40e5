import { loadCypherSet } from '../cypherFiles.js';

/** Names of the API's read queries under cypher/read/. */
const READ_FILES = {
  speechesPage: 'read/speechesPage',
  speechesByIds: 'read/speechesByIds',
  sectionsBySpeech: 'read/sectionsBySpeech',
  sectionsAt: 'read/sectionsAt',
  listSizes: 'read/listSizes',
  speechTargets: 'read/speechTargets',
  speechMentions: 'read/speechMentions',
  slogansByName: 'read/slogansByName',
  sloganDetails: 'read/sloganDetails',
  slogansPage: 'read/slogansPage',
  speechesBySlogan: 'read/speechesBySlogan',
  sloganContexts: 'read/sloganContexts',
  meetingsPage: 'read/meetingsPage',
  meetingsByKeys: 'read/meetingsByKeys',
  venuesBySpeech: 'read/venuesBySpeech',
  speechesByMeeting: 'read/speechesByMeeting',
  topTerms: 'read/topTerms',
  search: 'read/search',
  graphSeed: 'read/graphSeed',
  graphExpand: 'read/graphExpand',
  graphVersion: 'read/graphVersion',
  timelineTotals: 'read/time/timelineTotals',
  sloganTimeline: 'read/time/sloganTimeline',
  firstUses: 'read/time/firstUses',
  sloganDiffusion: 'read/time/sloganDiffusion',
  datedSloganCounts: 'read/time/datedSloganCounts',
  speechSidesCounts: 'read/time/speechSidesCounts',
  pairTrend: 'read/time/pairTrend',
  filteredSloganCounts: 'read/time/filteredSloganCounts',
  storedSloganCounts: 'read/time/storedSloganCounts',
  slicesUsable: 'read/time/slicesUsable',
  storedTimelineTotals: 'read/time/storedTimelineTotals',
  storedSloganTimeline: 'read/time/storedSloganTimeline',
  storedFirstUses: 'read/time/storedFirstUses',
  storedPairTrend: 'read/time/storedPairTrend',
  storedSliceSloganCounts: 'read/time/storedSliceSloganCounts',
  storedWindowSloganCounts: 'read/time/storedWindowSloganCounts',
} as const;

/** The text of every read query, keyed by name. */
export type ReadCypher = Record<keyof typeof READ_FILES, string>;

/** Loads all read queries once; throws CypherFileError naming the first missing file (start-up fails). */
export function loadReadCypher(): ReadCypher {
  return loadCypherSet(READ_FILES);
}
