import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypherSet } from '../cypherFiles.js';
import { cooccurrenceStateInTx } from './maintenance.js';
import { materialisedPairsInTx, rankedCooccurrence } from './ranking.js';
import { sliceFilter } from './sliceFilter.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';
import { scopeParams, restrictsSpeeches, validateCooccurrenceOptions, CooccurrenceStaleError, type CooccurrenceOptions, type CooccurrencePair, type SpeechScope } from './types.js';

const CYPHER = loadCypherSet({
  pairs: 'analytics/sloganCooccurrence',
  slicePairs: 'analytics/sliceCooccurrence',
  speechesInScope: 'analytics/sloganSpeechesInScope',
});

/**
 * Slogan pairs with support and score at the given scope, ordered by score desc, support desc, a, b
 * (deterministic); at most `first` pairs with support ≥ `minSupport`. Runs as a routed read. The
 * answer is the same whichever computation `via` picks (test/cooccurrence.test.ts checks it).
 */
export async function sloganCooccurrence(db: Database, opts: CooccurrenceOptions): Promise<CooccurrencePair[]> {
  validateCooccurrenceOptions(opts);
  const via = opts.via ?? 'auto';
  const restricted = restrictsSpeeches(opts.speeches);
  const slogan = opts.slogan ?? undefined;
  // Whole years or one province: sums of the stored per-slice counts.
  const slices = restricted ? sliceFilter(opts.speeches) : null;
  if (restricted && slices === null && via === 'materialised') throw new CooccurrenceStaleError('the materialised co-occurrence covers every speech, whole years and single provinces, not this filtered set');
  // Without a filter, from the maintained counts: the stored ranking of the scope and measure, or
  // one slogan's pairs (a few hundred relationships at most).
  if (via !== 'full' && !restricted && slogan === undefined) {
    const ranked = await rankedCooccurrence(db, opts);
    if (ranked) return ranked;
  }
  return db.read(async (tx) => {
    if (via !== 'full' && slices !== null) {
      const state = await cooccurrenceStateInTx(tx);
      if (state.usable && state.slices) return pairsInTx(tx, CYPHER.slicePairs, { ...params(opts), ...slices });
    }
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
