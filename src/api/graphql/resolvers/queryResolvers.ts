import { canonicalSloganName } from '../../../app/sloganName.js';
import { FULLTEXT_INDEX, luceneQuery } from '../../../graph/read/fulltext.js';
import type { SpeechFilterInput } from '../../../graph/read/createReadRepository.js';
import { minSupportProblem, type CooccurrenceMeasure, type CooccurrenceOptions, type CooccurrenceScope, type SpeechScope } from '../../../graph/cooccurrence/types.js';
import type { ApiContext } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { graphNeighbourhood, MAX_GRAPH_DEPTH, MAX_GRAPH_NODES } from '../../../app/views/graphNeighbourhood.js';
import { cooccurrenceView, toGraphNode, type NodeType } from '../../../app/views/graphView.js';
import { decodeKeyCursor, pageSize, toKeyConnection } from '../pagination.js';
import { resolveSpeechFilter } from './placeResolvers.js';
import { speechConnection } from './speechConnection.js';

type Args = Record<string, unknown>;

interface CooccurrenceArgs {
  scope: CooccurrenceScope;
  measure: CooccurrenceMeasure;
  minSupport: number;
  first?: number;
  limit?: number;
  filter?: SpeechScope | null;
}

/** Validates minSupport (≥ 1) for the co-occurrence fields. */
export function minSupportArg(value: number): number {
  const problem = minSupportProblem(value);
  if (problem !== null) throw new BadUserInputError(problem, 'minSupport');
  return value;
}

/** Longest search text, in characters and in words: the CJK analyzer makes a clause per character pair, and Lucene allows 1,024. */
export const MAX_SEARCH_CHARS = 200;
export const MAX_SEARCH_WORDS = 32;

function searchText(text: string): string {
  const query = luceneQuery(text);
  if (query === null) throw new BadUserInputError('text must not be empty', 'text');
  const trimmed = text.trim();
  if (trimmed.length > MAX_SEARCH_CHARS) throw new BadUserInputError(`text must be at most ${MAX_SEARCH_CHARS} characters, got ${trimmed.length}`, 'text');
  const words = trimmed.split(/\s+/).length;
  if (words > MAX_SEARCH_WORDS) throw new BadUserInputError(`text must be at most ${MAX_SEARCH_WORDS} words, got ${words}`, 'text');
  return query;
}

const SEARCH_TYPES: Record<string, string> = { Speech: 'SPEECH', Section: 'SECTION', Slogan: 'SLOGAN', Term: 'TERM' };

// Co-occurrence goes through the shared cache, keyed on this request's graph version (looked up
// only when the cache is on). Its slogans are primed into the request's loader for later fields.
// A filter naming a place no speech comes from keeps no speech: no pairs.
async function cooccurrence(ctx: ApiContext, opts: CooccurrenceOptions, filter: SpeechScope | null | undefined) {
  const speeches = filter ? await resolveSpeechFilter(ctx, filter) : undefined;
  if (speeches === null) return { pairs: [], slogans: [] };
  const answer = await ctx.analytics.cooccurrence(ctx.graphVersion, { ...opts, speeches });
  for (const s of answer.slogans) ctx.loaders.slogan.prime(s.name, s);
  return answer;
}

/** Resolvers of the root Query type: read arguments, call the repository or a loader, return plain objects. */
export const Query = {
  async speeches(_: unknown, args: { first?: number; after?: string; filter?: SpeechFilterInput | null }, ctx: ApiContext) {
    return speechConnection(ctx, await resolveSpeechFilter(ctx, args.filter ?? {}), args);
  },

  speech: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.speech.load(args.id),

  async slogans(_: unknown, args: { first?: number; after?: string; kind?: string | null; minSpeeches?: number | null; orderBy: string }, ctx: ApiContext) {
    // Keyset pages: the cursor holds the last row's (count of the order, name); NAME_ASC's count is 0.
    const list = `slogans-${args.orderBy}`;
    const limit = pageSize(args.first, 20);
    const after = args.after ? (decodeKeyCursor(list, args.after, ['n', 's']) as [number, string]) : null;
    const page = await ctx.repo.slogansPage({ kind: args.kind ?? null, minSpeeches: args.minSpeeches ?? null, orderBy: args.orderBy }, after, limit + 1);
    for (const row of page.rows) ctx.loaders.slogan.prime(row.name, { name: row.name, kind: row.kind });
    const keyOf = (r: { name: string; speeches: number; mentions: number }) => [args.orderBy === 'SPEECHES_DESC' ? r.speeches : args.orderBy === 'MENTIONS_DESC' ? r.mentions : 0, r.name];
    return toKeyConnection(list, page.total, page.rows, limit, after, keyOf);
  },

  // A variant the lexicon knows finds its slogan even when no loaded speech wrote that variant.
  slogan: async (_: unknown, args: { name: string }, ctx: ApiContext) => {
    const typed = args.name.trim();
    const canonical = canonicalSloganName(typed);
    return (await ctx.loaders.slogan.load(canonical)) ?? (canonical === typed ? null : ctx.loaders.slogan.load(typed));
  },

  sloganCooccurrence: async (_: unknown, args: CooccurrenceArgs, ctx: ApiContext) => {
    const opts = { scope: args.scope, measure: args.measure, minSupport: minSupportArg(args.minSupport), first: Math.max(1, pageSize(args.first, 20)) };
    return (await cooccurrence(ctx, opts, args.filter)).pairs;
  },

  async meetings(_: unknown, args: { level?: string | null; first?: number; after?: string }, ctx: ApiContext) {
    // Keyset pages: the cursor holds the last row's (references, key).
    const limit = pageSize(args.first, 20);
    const after = args.after ? (decodeKeyCursor('meetings', args.after, ['n', 's']) as [number, string]) : null;
    const page = await ctx.repo.meetingsPage(args.level ?? null, after, limit + 1);
    for (const row of page.rows) ctx.loaders.meeting.prime(row.key, row);
    return toKeyConnection('meetings', page.total, page.rows, limit, after, (r) => [r.speeches ?? 0, r.key]);
  },

  meeting: (_: unknown, args: { key: string }, ctx: ApiContext) => ctx.loaders.meeting.load(args.key),

  terms: (_: unknown, args: { first?: number; speechId?: string | null }, ctx: ApiContext) =>
    ctx.repo.topTerms(args.speechId ?? null, pageSize(args.first, 20)),

  async search(_: unknown, args: { text: string; first?: number }, ctx: ApiContext) {
    const rows = await ctx.repo.search(FULLTEXT_INDEX, searchText(args.text), pageSize(args.first, 20));
    return rows.flatMap((row) => {
      const node = toGraphNode(row.labels, row.props);
      const type = row.labels.map((l) => SEARCH_TYPES[l]).find((t) => t !== undefined);
      return node && type ? [{ type, id: node.id, label: node.label, score: row.score, speechId: row.speechId }] : [];
    });
  },

  graph: (_: unknown, args: { seed: string; depth: number; limit: number; types?: NodeType[] | null }, ctx: ApiContext) => {
    if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_GRAPH_DEPTH) {
      throw new BadUserInputError(`depth must be between 1 and ${MAX_GRAPH_DEPTH}, got ${args.depth}`, 'depth');
    }
    return graphNeighbourhood(ctx.repo, args.seed, args.depth, pageSize(args.limit, 200, 'limit', MAX_GRAPH_NODES), args.types ?? null);
  },

  async cooccurrenceGraph(_: unknown, args: CooccurrenceArgs, ctx: ApiContext) {
    const limit = pageSize(args.limit, 200, 'limit', MAX_GRAPH_NODES);
    const answer =
      limit === 0
        ? { pairs: [], slogans: [] }
        : await cooccurrence(ctx, { scope: args.scope, measure: args.measure, minSupport: minSupportArg(args.minSupport), first: limit }, args.filter);
    const kinds = new Map(answer.slogans.map((s) => [s.name, s.kind]));
    const pairs = answer.pairs;
    return cooccurrenceView(pairs, kinds);
  },
} satisfies Record<string, (parent: unknown, args: never, ctx: ApiContext) => unknown>;

/** SearchHit.speech resolves the owning speech through the loader. */
export const SearchHit = {
  speech: (hit: { speechId: string | null }, _: Args, ctx: ApiContext) => (hit.speechId ? ctx.loaders.speech.load(hit.speechId) : null),
};
