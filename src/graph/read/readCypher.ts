import { loadCypher, loadCypherSet } from '../cypherFiles.js';

/** Names of the API's read queries under cypher/read/. */
const READ_FILES = {
  speechesPlan: 'read/speechesPlan',
  speechesWalk: 'read/speechesWalk',
  speechesFromPool: 'read/speechesFromPool',
  speechesStoredTotal: 'read/speechesStoredTotal',
  speechesCounted: 'read/speechesCounted',
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

// Parts several queries share, each in one file: a query writes the placeholder where the part
// goes, and the placeholder alone is valid Cypher (the file still runs by itself in the Browser).
const PARTS = {
  '/*speechFilter*/ true': 'read/speechFilter',
  '/*speechPool*/ RETURN null AS s': 'read/speechPool',
} as const;

/** A query with every shared part in its place (parenthesised where it is an expression). */
function withParts(text: string): string {
  let out = text;
  for (const [placeholder, name] of Object.entries(PARTS)) {
    const part = loadCypher(name);
    out = out.replaceAll(placeholder, placeholder.endsWith(' true') ? `(${part})` : part);
  }
  return out;
}

/** Loads all read queries once; throws CypherFileError naming the first missing file (start-up fails). */
export function loadReadCypher(): ReadCypher {
  const loaded = loadCypherSet(READ_FILES);
  return Object.fromEntries(Object.entries(loaded).map(([k, v]) => [k, withParts(v)])) as ReadCypher;
}
