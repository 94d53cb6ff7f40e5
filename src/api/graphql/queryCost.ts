import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { KnownListSizes } from './listSizes.js';

/** Cost factor of a list field without a page-size argument (slogans, meetings, persons of a speech). */
export const UNSIZED_LIST_FACTOR = 10;

// Types whose list fields are already counted by the page size of the field that returns them;
// Section.children is counted by the `first` of Speech.sections, which bounds the whole tree.
const PAGED_CONTAINERS = new Set(['SpeechConnection', 'SloganConnection', 'MeetingConnection', 'GraphView', 'Section']);

/**
 * What one analytics call costs besides its items, measured in "rows read": co-occurrence at
 * SENTENCE scope walks every sentence of every speech, SPEECH scope reads materialised pairs.
 */
export const ANALYTICS_COST = {
  cooccurrence: { SPEECH: 20, SECTION: 300, SENTENCE: 800 } as Record<string, number>,
  /**
   * A filter rules out the materialised pairs (they count every speech): the kept speeches'
   * mentions are aggregated per unit, which at SENTENCE scope is the heaviest read the API has
   * (seconds and hundreds of MB of Neo4j's transaction memory on a graph of a few thousand speeches),
   * so a request holds at most two of them under the default cost limit.
   */
  filteredCooccurrence: { SPEECH: 1_000, SECTION: 3_000, SENTENCE: 8_000 } as Record<string, number>,
  /**
   * A filter by whole years alone or by one province (by code) alone adds up stored per-slice counts
   * (cypher/analytics/sliceCooccurrence.cypher): every pair of those slices, at any scope, and no speech.
   */
  slicedCooccurrence: 200,
  search: 50,
  /** Per hop of a `graph` walk. */
  graphHop: 100,
  /** A time series or first use (the speeches of its slogans and the dated speeches under the filter), per slogan. */
  timeline: 50,
  /** A diffusion: the slogan's speeches and every place of the level. */
  diffusion: 200,
  /** Emerging, rising and distinctive slogans: every mention of the speeches on each side. */
  comparison: 800,
};

const YEAR = /^\d{4}$/;
// A province's GB/T 2260 code (the country, 100000, is none).
const PROVINCE_CODE = /^[1-9]\d0000$/;

/** True when a co-occurrence filter is whole years alone or one province code alone (what stored slices answer). */
function coversWholeSlices(filter: Record<string, unknown>): boolean {
  const set = Object.entries(filter).filter(([, v]) => v !== null && v !== undefined);
  if (set.length === 0) return false;
  if (set.every(([k, v]) => (k === 'dateFrom' || k === 'dateTo') && typeof v === 'string' && YEAR.test(v))) return true;
  return set.length === 1 && set[0]![0] === 'place' && typeof set[0]![1] === 'string' && PROVINCE_CODE.test(set[0]![1]) && set[0]![1] !== '100000';
}

function analyticsCost(coordinate: string, args: Record<string, unknown>): number {
  switch (coordinate) {
    case 'Query.sloganCooccurrence':
    case 'Query.cooccurrenceGraph':
    case 'Slogan.cooccurring':
    {
      if (args.filter && coversWholeSlices(args.filter as Record<string, unknown>)) return ANALYTICS_COST.slicedCooccurrence;
      const prices = args.filter ? ANALYTICS_COST.filteredCooccurrence : ANALYTICS_COST.cooccurrence;
      return prices[String(args.scope ?? 'SPEECH')] ?? prices.SENTENCE!;
    }
    case 'Query.search':
      return ANALYTICS_COST.search;
    case 'Query.timeline':
      return ANALYTICS_COST.timeline * (Array.isArray(args.slogans) ? Math.max(1, args.slogans.length) : 1);
    case 'Slogan.timeline':
    case 'Slogan.firstUse':
      return ANALYTICS_COST.timeline;
    case 'Query.cooccurrenceTrend':
      return ANALYTICS_COST.cooccurrence[String(args.scope ?? 'SPEECH')] ?? ANALYTICS_COST.cooccurrence.SENTENCE!;
    case 'Query.sloganDiffusion':
      return ANALYTICS_COST.diffusion;
    case 'Query.emergingSlogans':
    case 'Query.risingSlogans':
    case 'Query.distinctiveSlogans':
      return ANALYTICS_COST.comparison;
    case 'Query.graph':
      return ANALYTICS_COST.graphHop * (typeof args.depth === 'number' ? Math.max(1, args.depth) : 1);
    default:
      return 0;
  }
}

/**
 * Estimates a field's cost: analytics fields carry their own cost; lists multiply their children's
 * cost by their size — a Speech list by its stored size (`sizes`: the speech's own when the query
 * names it, else the largest any speech has; never more than its `first`), other lists by
 * `first`/`limit` (a page bound), or by UNSIZED_LIST_FACTOR when nothing bounds them.
 */
export function listCostEstimator(sizes?: KnownListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity, node }) => {
    // Introspection (GraphiQL's schema explorer) is governed by the introspection setting, not by cost.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const own = 1 + analyticsCost(`${type.name}.${field.name}`, args);
    const page = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : null;
    const stored = type.name === 'Speech' ? (sizes?.of(node, field.name) ?? null) : null;
    if (stored !== null) return own + childComplexity * Math.max(0, page === null ? stored : Math.min(stored, page));
    if (page !== null) return own + childComplexity * Math.max(1, page);
    if (isListType(getNullableType(field.type)) && !PAGED_CONTAINERS.has(type.name)) {
      return own + childComplexity * UNSIZED_LIST_FACTOR;
    }
    return own + childComplexity;
  };
}

/** Estimated cost of an operation in a document (used by the plugin and the tests); `sizes`: stored list sizes, when read. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName?: string, sizes?: KnownListSizes): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [listCostEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })],
  });
}
