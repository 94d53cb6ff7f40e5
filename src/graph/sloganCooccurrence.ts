import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypherSet } from './cypherFiles.js';
import type { Database } from './database.js';
import { toPlain } from './toPlain.js';

const CYPHER = loadCypherSet({
  pairs: 'analytics/sloganCooccurrence',
  clear: 'analytics/clearCooccurs',
  write: 'analytics/writeCooccurs',
});

/** What counts as "together": the same speech, top-level section (with its subsections) or sentence. */
export type CooccurrenceScope = 'SPEECH' | 'SECTION' | 'SENTENCE';
/** How a pair is scored; see cypher/analytics/sloganCooccurrence.cypher for the formulas. */
export type CooccurrenceMeasure = 'COUNT' | 'JACCARD' | 'PMI' | 'NPMI' | 'LIFT';

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
}

/** A slogan pair: a < b by name; support = units holding both; score = the chosen measure. */
export interface CooccurrencePair {
  a: string;
  b: string;
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

function validate(opts: CooccurrenceOptions): void {
  if (!SCOPES.includes(opts.scope)) throw new CooccurrenceOptionsError(`scope must be one of ${SCOPES.join(', ')}, got ${String(opts.scope)}`);
  if (!MEASURES.includes(opts.measure)) throw new CooccurrenceOptionsError(`measure must be one of ${MEASURES.join(', ')}, got ${String(opts.measure)}`);
  if (!Number.isInteger(opts.minSupport) || opts.minSupport < 1) throw new CooccurrenceOptionsError(`minSupport must be a whole number ≥ 1, got ${opts.minSupport}`);
  if (!Number.isInteger(opts.first) || opts.first < 1 || opts.first > MAX_PAIRS) {
    throw new CooccurrenceOptionsError(`first must be a whole number from 1 to ${MAX_PAIRS}, got ${opts.first}`);
  }
}

/**
 * Slogan pairs with support and score at the given scope, ordered by score desc, support desc, a, b
 * (deterministic); at most `first` pairs with support ≥ `minSupport`. Runs as a routed read.
 */
export async function sloganCooccurrence(db: Database, opts: CooccurrenceOptions): Promise<CooccurrencePair[]> {
  validate(opts);
  return db.read((tx) => pairsInTx(tx, opts));
}

async function pairsInTx(tx: ManagedTransaction, opts: CooccurrenceOptions): Promise<CooccurrencePair[]> {
  const result = await tx.run(CYPHER.pairs, {
    scope: opts.scope,
    measure: opts.measure,
    minSupport: neo4j.int(opts.minSupport),
    first: neo4j.int(opts.first),
    slogan: opts.slogan ?? null,
  });
  return result.records.map((r) => ({
    a: String(r.get('a')),
    b: String(r.get('b')),
    support: toPlain(r.get('support')) as number,
    score: toPlain(r.get('score')) as number,
  }));
}

/** Pairs kept as CO_OCCURS relationships: speech scope, support ≥ 2 (pairs seen once are mostly noise). */
export const MATERIALISED_MIN_SUPPORT = 2;

/**
 * Rewrites `(:Slogan)-[:CO_OCCURS {speeches, npmi}]->(:Slogan)` from the current graph in one write
 * transaction (speech scope, support ≥ 2, same NPMI as `sloganCooccurrence`); returns the number written.
 */
export async function materialiseCooccurrence(db: Database): Promise<number> {
  return db.write(async (tx) => {
    await tx.run(CYPHER.clear);
    const result = await tx.run(CYPHER.write, { minSupport: neo4j.int(MATERIALISED_MIN_SUPPORT) });
    return toPlain(result.records[0]?.get('written')) as number;
  });
}
