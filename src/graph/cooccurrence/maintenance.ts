import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { SliceTally } from './sliceTally.js';
import { CooccurrenceTally, type SpeechTallyUnits } from './tally.js';
import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';

const CYPHER = loadCypherSet({
  delta: 'analytics/cooccursDelta',
  add: 'analytics/cooccursAdd',
  totalsAdd: 'analytics/listTotalsAdd',
  totalsDelta: 'analytics/listTotalsDelta',
  slicesDelta: 'analytics/slicesDelta',
  slicesAdd: 'analytics/slicesAdd',
  state: 'analytics/cooccursState',
  invalidate: 'analytics/invalidateCooccurs',
  clear: 'analytics/clearCooccursBatch',
  idsAfter: 'analytics/speechIdsAfter',
  validate: 'analytics/validateCooccurs',
});

/** What the materialised co-occurrence can answer: nothing (`usable` false) or, per scope, from these unit totals. */
export interface CooccurrenceState {
  usable: boolean;
  totals: { SPEECH: number; SECTION: number; SENTENCE: number };
  /** The marker's delta counter (0 without a marker). */
  writes: number;
  /** CO_OCCURS relationships stored. */
  pairs: number;
  /** The per-slice counts (src/graph/time/slices.ts) hold every speech too: false for a graph written before they existed, until a rebuild. */
  slices: boolean;
}

/** Reads the marker (cypher/analytics/cooccursState.cypher): the one place that decides whether the fast path may answer. */
export async function cooccurrenceStateInTx(tx: ManagedTransaction): Promise<CooccurrenceState> {
  const r = (await tx.run(CYPHER.state)).records[0]!;
  const num = (key: string): number => (toPlain(r.get(key)) as number | null) ?? 0;
  return { usable: r.get('usable') === true, totals: { SPEECH: num('speeches'), SECTION: num('sections'), SENTENCE: num('sentences') }, writes: num('writes'), pairs: num('pairs'), slices: r.get('slices') === true };
}

/**
 * Inside a write transaction: adds (sign 1, after writing) or subtracts (sign -1, before deleting)
 * the speeches' contribution to Slogan unit counts, CO_OCCURS and the marker. Cost depends on these
 * speeches' slogans only, not on the size of the graph.
 */
export async function applyCooccurrenceDelta(tx: ManagedTransaction, ids: readonly string[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(CYPHER.delta, { ids: [...ids], sign: neo4j.int(sign) });
  // The list totals (meetings, terms, places) share the marker: kept, cleared and replayed with these counts.
  await tx.run(CYPHER.totalsDelta, { ids: [...ids], sign: neo4j.int(sign) });
  await tx.run(CYPHER.slicesDelta, { ids: [...ids], sign: neo4j.int(sign) });
}

/**
 * Inside a write transaction, right after writing these speeches: adds their contribution (what
 * applyCooccurrenceDelta(…, 1) adds) from their tally units (speechTallyUnits of the rows just written), summed over the
 * speeches, so Neo4j neither reads the new subgraph back nor touches a pair once per speech.
 */
export async function addCooccurrence(tx: ManagedTransaction, written: readonly SpeechTallyUnits[]): Promise<void> {
  if (written.length === 0) return;
  const tally = new CooccurrenceTally();
  const slices = new SliceTally();
  for (const units of written) {
    tally.addUnits(units);
    slices.addUnits(units);
  }
  await tx.run(CYPHER.add, { totals: tally.totals, slogans: tally.allSlogans(), pairs: tally.allPairs() });
  await tx.run(CYPHER.totalsAdd, tally.allListTotals());
  await tx.run(CYPHER.slicesAdd, { totals: slices.allTotals(), slogans: slices.allSlogans(), pairs: slices.allPairs() });
}

/** Relationships (and slogans) cleared per transaction, speeches added per transaction, by a rebuild. */
const CLEAR_BATCH = 10_000;
const REBUILD_BATCH = 500;
/** A rebuild that keeps meeting concurrent writes gives up after this many attempts (reads stay correct on the full path). */
const REBUILD_ATTEMPTS = 3;

/**
 * Rebuilds the materialised co-occurrence from MENTIONS: invalidates the marker, clears CO_OCCURS
 * and the slogan counts in bounded batches, replays every speech through the same delta the
 * writers use (batches of speeches), and validates the marker only if no other write ran beside
 * it (else it tries again). For first loads and for graphs written by something that bypassed the
 * deltas; ingest and removal keep the data current without it. Returns the CO_OCCURS count, or
 * null when concurrent writes kept it from completing.
 */
export async function rebuildCooccurrence(db: Database): Promise<number | null> {
  for (let attempt = 0; attempt < REBUILD_ATTEMPTS; attempt++) {
    let writes = await db.write(async (tx) => toPlain((await tx.run(CYPHER.invalidate)).records[0]!.get('writes')) as number);
    while ((await db.write(async (tx) => toPlain((await tx.run(CYPHER.clear, { limit: neo4j.int(CLEAR_BATCH) })).records[0]!.get('cleared')) as number)) > 0);
    let after = '';
    for (;;) {
      const ids = await db.read(async (tx) =>
        (await tx.run(CYPHER.idsAfter, { after, limit: neo4j.int(REBUILD_BATCH) })).records.map((r) => String(r.get('id'))),
      );
      if (ids.length === 0) break;
      await db.write((tx) => applyCooccurrenceDelta(tx, ids, 1));
      writes++;
      after = ids[ids.length - 1]!;
    }
    const done = await db.write(async (tx) => (await tx.run(CYPHER.validate, { writes: neo4j.int(writes) })).records[0]!);
    if (toPlain(done.get('validated')) === 1) return toPlain(done.get('pairs')) as number;
  }
  return null;
}

/**
 * Brings the materialised co-occurrence up to date: nothing to do when the marker says it is
 * current (the usual case: every write keeps it so), a rebuild otherwise. Returns the number of
 * CO_OCCURS pairs, or null when a rebuild could not complete.
 */
export async function materialiseCooccurrence(db: Database): Promise<number | null> {
  const state = await db.read((tx) => cooccurrenceStateInTx(tx));
  return state.usable && state.slices ? state.pairs : rebuildCooccurrence(db);
}

