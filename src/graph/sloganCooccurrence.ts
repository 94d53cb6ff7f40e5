import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypherSet } from './cypherFiles.js';
import type { Database } from './database.js';
import { toPlain } from './toPlain.js';

const CYPHER = loadCypherSet({
  pairs: 'analytics/sloganCooccurrence',
  topCOUNT: 'analytics/materialisedTopCount',
  topJACCARD: 'analytics/materialisedTopJaccard',
  topPMI: 'analytics/materialisedTopPmi',
  topNPMI: 'analytics/materialisedTopNpmi',
  topLIFT: 'analytics/materialisedTopLift',
  forSlogan: 'analytics/materialisedForSlogan',
  fingerprint: 'analytics/cooccursFingerprint',
  names: 'analytics/sloganNames',
  speechSlogans: 'analytics/speechSlogans',
  clearState: 'analytics/clearCooccursState',
  speechCounts: 'analytics/writeSloganSpeechCounts',
  write: 'analytics/writeCooccurs',
  writeState: 'analytics/writeCooccursState',
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
  /**
   * Which computation: 'auto' (default) reads the materialised CO_OCCURS when it applies (SPEECH
   * scope, minSupport ≥ the materialised threshold, rebuilt for the current speeches) and aggregates
   * MENTIONS otherwise; 'full' always aggregates; 'materialised' insists on the fast path and throws
   * CooccurrenceStaleError when it does not apply (tests and benchmarks).
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

/** The materialised co-occurrence cannot answer: wrong scope, minSupport below the threshold, or not rebuilt since the last write. */
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
  return db.read(async (tx) => {
    const via = opts.via ?? 'auto';
    if (via !== 'full' && opts.scope === 'SPEECH' && opts.minSupport >= MATERIALISED_MIN_SUPPORT) {
      // The fast queries check the marker themselves and return nothing when it does not match; only
      // then is it worth a second look to tell "stale" from "no pairs".
      const fast = await pairsInTx(tx, opts.slogan == null ? CYPHER[`top${opts.measure}`] : CYPHER.forSlogan, params(opts));
      if (fast.length > 0 || (await materialisedTotal(tx, opts.minSupport)) !== null) return fast;
    }
    if (via === 'materialised') {
      throw new CooccurrenceStaleError(
        `the materialised co-occurrence does not answer scope ${opts.scope} with minSupport ${opts.minSupport}: it holds SPEECH scope, minSupport ≥ ${MATERIALISED_MIN_SUPPORT}, rebuilt by tifa ingest/remove`,
      );
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

interface Fingerprint {
  speeches: number;
  lastIngestedAt: unknown;
}

async function fingerprintInTx(tx: ManagedTransaction): Promise<Fingerprint & { stored: (Fingerprint & { minSupport: number }) | null }> {
  const r = (await tx.run(CYPHER.fingerprint)).records[0]!;
  const stored = r.get('stored') as { speeches: unknown; lastIngestedAt: unknown; minSupport: unknown } | null;
  return {
    speeches: toPlain(r.get('speeches')) as number,
    lastIngestedAt: r.get('lastIngestedAt'),
    stored: stored === null ? null : { speeches: toPlain(stored.speeches) as number, lastIngestedAt: stored.lastIngestedAt, minSupport: toPlain(stored.minSupport) as number },
  };
}

// The number of speeches the materialised data describes, or null when it must not be used: no
// complete rebuild recorded, a write since (count or newest ingestedAt differ), or a higher threshold.
async function materialisedTotal(tx: ManagedTransaction, minSupport: number): Promise<number | null> {
  const fp = await fingerprintInTx(tx);
  const st = fp.stored;
  if (st === null || st.minSupport > minSupport || st.speeches !== fp.speeches) return null;
  if (String(st.lastIngestedAt ?? null) !== String(fp.lastIngestedAt ?? null)) return null;
  return st.speeches;
}

/** Pairs kept as CO_OCCURS relationships: speech scope, support ≥ 2 (pairs seen once are mostly noise). */
export const MATERIALISED_MIN_SUPPORT = 2;

/** Slogans per rebuild transaction: each holds the pairs of this many slogans, never the whole graph's. */
const REBUILD_BATCH = 50;

/**
 * Rebuilds the materialised speech-scope co-occurrence from the current graph: Slogan.speechCount,
 * `(:Slogan)-[:CO_OCCURS {speeches, npmi}]->(:Slogan)` for support ≥ MATERIALISED_MIN_SUPPORT (same
 * NPMI as `sloganCooccurrence`), and the CooccurrenceState marker that lets reads use them. Runs in
 * batches of slogans (bounded transaction memory); until it completes, and after any later write
 * until the next rebuild, reads fall back to the full computation. Returns the number of pairs written.
 */
export async function materialiseCooccurrence(db: Database): Promise<number> {
  // Fingerprint first: a write that lands during the rebuild leaves the marker mismatching the graph.
  const { fp, names, lists } = await db.read(async (tx) => ({
    fp: await fingerprintInTx(tx),
    names: (await tx.run(CYPHER.names)).records.map((r) => String(r.get('name'))),
    lists: (await tx.run(CYPHER.speechSlogans)).records.map((r) => (r.get('names') as unknown[]).map(String).sort()),
  }));
  await db.write((tx) => tx.run(CYPHER.clearState));
  const { speechCount, pairs } = countPairs(lists);
  const rows = names.map((name) => ({
    name,
    speechCount: neo4j.int(speechCount.get(name) ?? 0),
    pairs: [...(pairs.get(name) ?? new Map<string, number>())]
      .filter(([, support]) => support >= MATERIALISED_MIN_SUPPORT)
      .map(([b, support]) => ({ b, support: neo4j.int(support), nb: neo4j.int(speechCount.get(b) ?? 0) })),
  }));
  const batches: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += REBUILD_BATCH) batches.push(rows.slice(i, i + REBUILD_BATCH));
  for (const batch of batches) {
    await db.write((tx) => tx.run(CYPHER.speechCounts, { rows: batch.map((r) => ({ name: r.name, speechCount: r.speechCount })) }));
  }
  let written = 0;
  for (const batch of batches) {
    written += await db.write(async (tx) => {
      const result = await tx.run(CYPHER.write, { rows: batch, total: neo4j.int(fp.speeches) });
      return toPlain(result.records[0]?.get('written')) as number;
    });
  }
  await db.write((tx) =>
    tx.run(CYPHER.writeState, { speeches: neo4j.int(fp.speeches), lastIngestedAt: fp.lastIngestedAt ?? null, minSupport: neo4j.int(MATERIALISED_MIN_SUPPORT) }),
  );
  return written;
}

// Speeches per slogan and per pair (a < b by name, keyed under a) from each speech's sorted, distinct slogans.
function countPairs(lists: string[][]): { speechCount: Map<string, number>; pairs: Map<string, Map<string, number>> } {
  const speechCount = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const names of lists) {
    for (let i = 0; i < names.length; i++) {
      const a = names[i]!;
      speechCount.set(a, (speechCount.get(a) ?? 0) + 1);
      let row = pairs.get(a);
      if (row === undefined) pairs.set(a, (row = new Map()));
      for (let j = i + 1; j < names.length; j++) row.set(names[j]!, (row.get(names[j]!) ?? 0) + 1);
    }
  }
  return { speechCount, pairs };
}
