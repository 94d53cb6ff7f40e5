import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypherSet } from './cypherFiles.js';
import { cooccurrenceStateInTx } from './cooccurrenceMaintenance.js';
import { materialisedPairsInTx, rankedCooccurrence } from './cooccurrenceRanking.js';
// Callers that bring derived data up to date import it from here, next to the reads it serves.
export { materialiseCooccurrence, rebuildCooccurrence } from './cooccurrenceMaintenance.js';
import type { Database } from './database.js';
import { toPlain } from './toPlain.js';

const CYPHER = loadCypherSet({
  pairs: 'analytics/sloganCooccurrence',
  speechesInScope: 'analytics/sloganSpeechesInScope',
});

/** What counts as "together": the same speech, top-level section (with its subsections) or sentence. */
export type CooccurrenceScope = 'SPEECH' | 'SECTION' | 'SENTENCE';
/** How a pair is scored; see cypher/analytics/sloganCooccurrence.cypher for the formulas. */
export type CooccurrenceMeasure = 'COUNT' | 'JACCARD' | 'PMI' | 'NPMI' | 'LIFT';

/**
 * Which speeches a co-occurrence counts (absent or null fields: any), as the `speeches` filter means
 * them: level and genre as stored (lower case), ISO dates (`dateTo` cut to its length), a place by
 * GB/T 2260 code with everything inside it.
 */
export interface SpeechScope {
  level?: string | null | undefined;
  genre?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  place?: string | null | undefined;
}

const SCOPE_FIELDS = ['level', 'genre', 'dateFrom', 'dateTo', 'place'] as const;

/** The scope as Cypher parameters: every field present, null = any. */
function scopeParams(scope: SpeechScope | undefined): Record<(typeof SCOPE_FIELDS)[number], string | null> {
  return Object.fromEntries(SCOPE_FIELDS.map((f) => [f, scope?.[f] ?? null])) as Record<(typeof SCOPE_FIELDS)[number], string | null>;
}

/** True when the scope leaves some speech out. */
export function restrictsSpeeches(scope: SpeechScope | undefined): boolean {
  return Object.values(scopeParams(scope)).some((v) => v !== null);
}

/** Options of a co-occurrence query. */
export interface CooccurrenceOptions {
  scope: CooccurrenceScope;
  measure: CooccurrenceMeasure;
  /** Minimum number of units holding both slogans (integer ≥ 1). */
  minSupport: number;
  /** Maximum number of pairs returned (integer, 1 … MAX_PAIRS). */
  first: number;
  /** Restrict to pairs containing this canonical slogan name. */
  slogan?: string | undefined;
  /**
   * Count only these speeches (units and N alike), so scores describe them; the materialised counts
   * cover every speech, so a restricted query always aggregates.
   */
  speeches?: SpeechScope | undefined;
  /**
   * Which computation: 'auto' (default) reads the materialised CO_OCCURS counts when the marker says
   * they describe the current speeches (always, once built: every write maintains them) and
   * aggregates MENTIONS otherwise; 'full' always aggregates; 'materialised' insists on the fast path
   * and throws CooccurrenceStaleError when it may not answer (tests and benchmarks).
   */
  via?: 'auto' | 'full' | 'materialised' | undefined;
}

/** A slogan pair: a < b by name, with each slogan's kind; support = units holding both; score = the chosen measure. */
export interface CooccurrencePair {
  a: string;
  b: string;
  aKind: string;
  bKind: string;
  support: number;
  score: number;
}

/** Upper bound of `first`: ORDER BY … LIMIT makes Neo4j pre-allocate for the limit. */
export const MAX_PAIRS = 10_000;

const SCOPES: readonly string[] = ['SPEECH', 'SECTION', 'SENTENCE'];
const MEASURES: readonly string[] = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'];

/** Invalid co-occurrence options (unknown scope or measure, non-positive support or limit). */
export class CooccurrenceOptionsError extends RangeError {
  override name = 'CooccurrenceOptionsError';
}

/** The materialised co-occurrence cannot answer: never built, a rebuild pending, or speeches written by something that bypassed the deltas. */
export class CooccurrenceStaleError extends Error {
  override name = 'CooccurrenceStaleError';
}

function validate(opts: CooccurrenceOptions): void {
  if (!SCOPES.includes(opts.scope)) throw new CooccurrenceOptionsError(`scope must be one of ${SCOPES.join(', ')}, got ${String(opts.scope)}`);
  if (!MEASURES.includes(opts.measure)) throw new CooccurrenceOptionsError(`measure must be one of ${MEASURES.join(', ')}, got ${String(opts.measure)}`);
  if (!Number.isInteger(opts.minSupport) || opts.minSupport < 1) throw new CooccurrenceOptionsError(`minSupport must be a whole number ≥ 1, got ${opts.minSupport}`);
  if (opts.via !== undefined && !['auto', 'full', 'materialised'].includes(opts.via)) {
    throw new CooccurrenceOptionsError(`via must be auto, full or materialised, got ${String(opts.via)}`);
  }
  if (!Number.isInteger(opts.first) || opts.first < 1 || opts.first > MAX_PAIRS) {
    throw new CooccurrenceOptionsError(`first must be a whole number from 1 to ${MAX_PAIRS}, got ${opts.first}`);
  }
}

/**
 * Slogan pairs with support and score at the given scope, ordered by score desc, support desc, a, b
 * (deterministic); at most `first` pairs with support ≥ `minSupport`. Runs as a routed read. The
 * answer is the same whichever computation `via` picks (test/cooccurrence.test.ts checks it).
 */
export async function sloganCooccurrence(db: Database, opts: CooccurrenceOptions): Promise<CooccurrencePair[]> {
  validate(opts);
  const via = opts.via ?? 'auto';
  const restricted = restrictsSpeeches(opts.speeches);
  const slogan = opts.slogan ?? undefined;
  if (restricted && via === 'materialised') throw new CooccurrenceStaleError('the materialised co-occurrence covers every speech, not a filtered set');
  // Without a filter, from the maintained counts: the stored ranking of the scope and measure, or
  // one slogan's pairs (a few hundred relationships at most).
  if (via !== 'full' && !restricted && slogan === undefined) {
    const ranked = await rankedCooccurrence(db, opts);
    if (ranked) return ranked;
  }
  return db.read(async (tx) => {
    if (via !== 'full' && !restricted && slogan !== undefined) {
      const state = await cooccurrenceStateInTx(tx);
      if (state.usable) return materialisedPairsInTx(tx, { ...opts, slogan }, state.totals[opts.scope]);
    }
    if (via === 'materialised') {
      throw new CooccurrenceStaleError('the materialised co-occurrence is not current (never built, or a rebuild is pending): run tifa ingest or refresh the derived data');
    }
    return pairsInTx(tx, CYPHER.pairs, params(opts));
  });
}

function params(opts: CooccurrenceOptions): Record<string, unknown> {
  return {
    scope: opts.scope,
    measure: opts.measure,
    minSupport: neo4j.int(opts.minSupport),
    first: neo4j.int(opts.first),
    slogan: opts.slogan ?? null,
    ...scopeParams(opts.speeches),
  };
}

async function pairsInTx(tx: ManagedTransaction, cypher: string, parameters: Record<string, unknown>): Promise<CooccurrencePair[]> {
  const result = await tx.run(cypher, parameters);
  return result.records.map((r) => ({
    a: String(r.get('a')),
    b: String(r.get('b')),
    aKind: String(r.get('aKind')),
    bKind: String(r.get('bKind')),
    support: toPlain(r.get('support')) as number,
    score: toPlain(r.get('score')) as number,
  }));
}

/** For each name, how many speeches in the scope mention it and how often (0 and 0 when none): node sizes of a filtered network. */
export async function sloganSpeechesInScope(
  db: Database,
  names: readonly string[],
  scope: SpeechScope | undefined,
): Promise<Map<string, { speeches: number; mentions: number }>> {
  const rows = await db.read(async (tx) => (await tx.run(CYPHER.speechesInScope, { names: [...names], ...scopeParams(scope) })).records);
  const counts = new Map(names.map((n) => [n, { speeches: 0, mentions: 0 }]));
  for (const r of rows) counts.set(String(r.get('name')), { speeches: toPlain(r.get('speeches')) as number, mentions: toPlain(r.get('mentions')) as number });
  return counts;
}
