import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cooccurrenceStateInTx, type CooccurrenceState } from './maintenance.js';
import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';
import type { CooccurrenceMeasure, CooccurrencePair, CooccurrenceScope } from './types.js';

const CYPHER = loadCypherSet({
  materialised: 'analytics/materialisedPairs',
  ranked: 'analytics/rankedPairs',
  store: 'analytics/storeRanking',
  stored: 'analytics/storedRankings',
});

/**
 * How many pairs a stored ranking holds. A query is answered from it when `first` pairs with its
 * minSupport are in it (or it holds them all); 1,000 covers every page size the API hands out by
 * default (20; a network view of 200) with room for a larger minSupport to filter, while a read of
 * it stays a few hundred microseconds.
 */
export const RANK_SIZE = 1_000;

/**
 * The minSupports rankings are stored for: 1, and 2 (the API's default) for every larger one — a
 * stored ranking answers any minSupport ≥ its own by filtering, so two per scope and measure serve
 * every question and a client cannot make the graph store one ranking per number it asks for.
 */
export function rankedMinSupport(minSupport: number): number {
  return Math.min(minSupport, 2);
}

/** The question a ranking answers: scope, measure, its own minSupport. */
export interface RankingKey {
  scope: CooccurrenceScope;
  measure: CooccurrenceMeasure;
  minSupport: number;
}

const keyOf = (k: RankingKey): string => `${k.scope} ${k.measure} ${k.minSupport}`;

/** A ranking as computed: the pairs in order, the counter and totals of the counts it was computed from. */
interface Ranking {
  pairs: CooccurrencePair[];
  state: CooccurrenceState;
  rankSize: number;
}

function toPair(value: unknown): CooccurrencePair {
  const p = toPlain(value) as Record<string, unknown>;
  return { a: String(p.a), b: String(p.b), aKind: String(p.aKind), bKind: String(p.bKind), support: p.support as number, score: p.score as number };
}

/** Pairs from materialisedPairs.cypher: the exact computation over the maintained counts. */
export async function materialisedPairsInTx(
  tx: ManagedTransaction,
  q: { scope: CooccurrenceScope; measure: CooccurrenceMeasure; minSupport: number; first: number; slogan?: string | undefined },
  total: number,
): Promise<CooccurrencePair[]> {
  const result = await tx.run(CYPHER.materialised, {
    scope: q.scope,
    measure: q.measure,
    minSupport: neo4j.int(q.minSupport),
    first: neo4j.int(q.first),
    slogan: q.slogan ?? null,
    total: neo4j.int(total),
  });
  return result.records.map((r) => toPair(r.toObject()));
}

/**
 * The first `first` pairs with support ≥ `minSupport` of a ranking with a smaller or equal
 * minSupport, or null when the ranking cannot tell (fewer there and it does not hold every pair).
 */
function sliceRanking(ranking: Ranking, minSupport: number, first: number): CooccurrencePair[] | null {
  const picked: CooccurrencePair[] = [];
  for (const p of ranking.pairs) {
    if (picked.length === first) break;
    if (p.support >= minSupport) picked.push(p);
  }
  return picked.length === first || ranking.pairs.length < ranking.rankSize ? picked : null;
}

// Concurrent readers that find the same ranking stale share one computation (per database).
const inflight = new WeakMap<Database, Map<string, Promise<Ranking | null>>>();

async function computeAndStore(db: Database, key: RankingKey, rankSize: number): Promise<Ranking | null> {
  const ranking = await db.read(async (tx) => {
    const state = await cooccurrenceStateInTx(tx);
    if (!state.usable) return null;
    const pairs = await materialisedPairsInTx(tx, { ...key, first: rankSize }, state.totals[key.scope]);
    return { pairs, state, rankSize };
  });
  if (ranking === null) return null;
  await db.write((tx) =>
    tx.run(CYPHER.store, {
      key: keyOf(key),
      scope: key.scope,
      measure: key.measure,
      minSupport: neo4j.int(key.minSupport),
      rankSize: neo4j.int(rankSize),
      writes: neo4j.int(ranking.state.writes),
      a: ranking.pairs.map((p) => p.a),
      b: ranking.pairs.map((p) => p.b),
      aKind: ranking.pairs.map((p) => p.aKind),
      bKind: ranking.pairs.map((p) => p.bKind),
      support: ranking.pairs.map((p) => p.support),
      score: ranking.pairs.map((p) => p.score),
    }),
  );
  return ranking;
}

function refresh(db: Database, key: RankingKey, rankSize: number): Promise<Ranking | null> {
  const byKey = inflight.get(db) ?? new Map<string, Promise<Ranking | null>>();
  inflight.set(db, byKey);
  const id = `${keyOf(key)} ${rankSize}`;
  const running = byKey.get(id);
  // A shared computation that failed (the request that started it ran out of time) is redone here.
  if (running) return running.catch(() => computeAndStore(db, key, rankSize));
  const started = computeAndStore(db, key, rankSize).finally(() => byKey.delete(id));
  byKey.set(id, started);
  return started;
}

/**
 * Unfiltered co-occurrence for any slogan from the stored ranking of its scope and measure: one
 * indexed read while no write changed the counts since the ranking was stored; otherwise the
 * ranking is computed from the maintained counts (materialisedPairs.cypher), stored, and sliced.
 * The answer is exactly materialisedPairs.cypher's for the same question (test/cooccurrenceRanking.test.ts).
 * Returns null when the maintained counts may not answer (the marker is not usable).
 */
export async function rankedCooccurrence(
  db: Database,
  q: { scope: CooccurrenceScope; measure: CooccurrenceMeasure; minSupport: number; first: number },
  rankSize: number = RANK_SIZE,
): Promise<CooccurrencePair[] | null> {
  const key = { scope: q.scope, measure: q.measure, minSupport: rankedMinSupport(q.minSupport) };
  if (q.first <= rankSize) {
    const params = { key: keyOf(key), minSupport: neo4j.int(q.minSupport), first: neo4j.int(q.first) };
    const [hit] = await db.readStatement(CYPHER.ranked, params);
    if (hit) return (hit.get('pairs') as unknown[]).map(toPair);
  }
  const ranking = q.first <= rankSize ? await refresh(db, key, rankSize) : null;
  if (ranking) {
    const sliced = sliceRanking(ranking, q.minSupport, q.first);
    if (sliced) return sliced;
  }
  // Beyond what a ranking holds: the exact computation over the counts, as before rankings.
  return db.read(async (tx) => {
    const state = await cooccurrenceStateInTx(tx);
    return state.usable ? materialisedPairsInTx(tx, q, state.totals[q.scope]) : null;
  });
}

/** One stored ranking that differs from what the current counts give. */
export interface RankingProblem {
  key: string;
  detail: string;
}

/**
 * tifa check: every stored ranking that claims to be current is recomputed from the counts and
 * compared pair by pair (order, support and score); stale rankings are not faults.
 */
export async function findRankingProblems(db: Database): Promise<RankingProblem[]> {
  return db.read(async (tx) => {
    const problems: RankingProblem[] = [];
    for (const r of (await tx.run(CYPHER.stored)).records) {
      const o = toPlain(r.toObject()) as { key: string; scope: CooccurrenceScope; measure: CooccurrenceMeasure; minSupport: number; rankSize: number; total: number; pairs: unknown[] };
      const stored = o.pairs.map(toPair);
      const expected = await materialisedPairsInTx(tx, { scope: o.scope, measure: o.measure, minSupport: o.minSupport, first: o.rankSize }, o.total);
      const at = expected.findIndex((p, i) => JSON.stringify(p) !== JSON.stringify(stored[i]));
      if (at >= 0 || stored.length !== expected.length) {
        const i = at >= 0 ? at : Math.min(stored.length, expected.length);
        problems.push({ key: o.key, detail: `${o.key}: pair ${i + 1} stored ${JSON.stringify(stored[i] ?? null)}, expected ${JSON.stringify(expected[i] ?? null)}` });
      }
    }
    return problems;
  });
}
