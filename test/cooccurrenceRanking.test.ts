import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../src/graph/applySchema.js';
import { findRankingProblems, rankedCooccurrence } from '../src/graph/cooccurrence/ranking.js';
import type { Database } from '../src/graph/database.js';
import { deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import type { CooccurrenceMeasure, CooccurrenceScope } from '../src/graph/cooccurrence/types.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { findGraphProblems } from '../src/graph/checkGraph.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { openTestDatabase } from './support/testDatabase.js';

const SCOPES: CooccurrenceScope[] = ['SPEECH', 'SECTION', 'SENTENCE'];
const MEASURES: CooccurrenceMeasure[] = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'];

// A small deterministic generator, so a failing sequence of mutations can be replayed.
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

async function rankings(db: Database): Promise<Array<{ key: string; writes: number; size: number }>> {
  return db.read(async (tx) =>
    (await tx.run('MATCH (rk:CooccurrenceRanking) RETURN rk.key AS key, rk.writes AS writes, size(rk.a) AS size ORDER BY key')).records.map((r) => ({
      key: String(r.get('key')),
      writes: Number(r.get('writes')),
      size: Number(r.get('size')),
    })),
  );
}

const markerWrites = (db: Database): Promise<number> =>
  db.read(async (tx) => Number((await tx.run("MATCH (st:CooccurrenceState {scope: 'SPEECH'}) RETURN st.writes AS w")).records[0]!.get('w')));

describe('stored co-occurrence rankings', () => {
  let db: Database;
  const specs = generateSpeechSpecs(70, 11).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON));
  const initial = specs.slice(0, 40);
  const spare = specs.slice(40);
  const live: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    for (const s of initial) live.push((await writeSpeech(db, s)).id);
  });
  afterAll(async () => db?.close());

  it('answers every scope, measure, minSupport and page size exactly as the full computation, through random ingests and removals', async () => {
    const next = random(5);
    let compared = 0;
    for (let round = 0; round < 5; round++) {
      for (const scope of SCOPES) {
        for (const measure of MEASURES) {
          for (const [minSupport, first] of [[2, 20], [1, 7], [3, 25], [2, 1]] as const) {
            const q = { scope, measure, minSupport, first };
            const exact = await sloganCooccurrence(db, { ...q, via: 'full' });
            compared += exact.length;
            // A ranking of 10 pairs, computed (sliced as computed) then read back (sliced by
            // rankedPairs.cypher): exact while 10 pairs suffice, the counts answer beyond them.
            await db.write((tx) => tx.run('MATCH (rk:CooccurrenceRanking) DETACH DELETE rk'));
            expect(await rankedCooccurrence(db, q, 10)).toEqual(exact);
            expect(await rankedCooccurrence(db, q, 10)).toEqual(exact);
            // The product's ranking, the same way: computed and stored, then read.
            expect(await sloganCooccurrence(db, q)).toEqual(exact);
            expect(await sloganCooccurrence(db, q)).toEqual(exact);
          }
        }
      }
      expect(await findRankingProblems(db)).toEqual([]);
      // A mutation: ingest one more speech or remove a random one.
      if (next() < 0.5 && spare.length > 0) live.push((await writeSpeech(db, spare.shift()!)).id);
      else await deleteSpeeches(db, live.splice(Math.floor(next() * live.length), 1));
    }
    expect(compared).toBeGreaterThan(2000); // pairs compared, so no case passed by being empty
  });

  it('stores one ranking per scope, measure and minSupport 1 or 2, stamped with the counts it describes, and reads it back', async () => {
    await writeSpeech(db, spare.shift()!); // every stored ranking is stale now
    const writes = await markerWrites(db);
    await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 5, first: 3 });
    await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 1, first: 3 });
    const current = (await rankings(db)).filter((r) => r.writes === writes);
    expect(current.map((r) => r.key)).toEqual(['SECTION NPMI 1', 'SECTION NPMI 2']);
    // Rankings are read, not recomputed, while the counts stay: a ranking altered behind the code's
    // back is what the next read returns — and what tifa check reports.
    await db.write((tx) => tx.run("MATCH (rk:CooccurrenceRanking {key: 'SECTION NPMI 2'}) SET rk.score = [x IN rk.score | x + 1.0]"));
    const [tampered] = await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 2, first: 1 });
    const [exact] = await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 2, first: 1, via: 'full' });
    expect(tampered!.score).toBeCloseTo(exact!.score + 1, 9);
    expect((await findRankingProblems(db)).map((p) => p.key)).toEqual(['SECTION NPMI 2']);
    const { problems } = await findGraphProblems(db);
    expect(problems.map((p) => p.check)).toEqual(['cooccurrenceRanking']);
    // The next write makes it stale; the next read replaces it with the right one.
    live.push((await writeSpeech(db, spare.shift()!)).id);
    expect(await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 2, first: 1 })).toEqual(
      await sloganCooccurrence(db, { scope: 'SECTION', measure: 'NPMI', minSupport: 2, first: 1, via: 'full' }),
    );
    expect(await findRankingProblems(db)).toEqual([]);
  });

  it('gives concurrent readers of a stale ranking the exact answer, computed once', async () => {
    live.push((await writeSpeech(db, spare.shift()!)).id);
    const exact = await sloganCooccurrence(db, { scope: 'SENTENCE', measure: 'LIFT', minSupport: 2, first: 15, via: 'full' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => sloganCooccurrence(db, { scope: 'SENTENCE', measure: 'LIFT', minSupport: 2, first: 15 })));
    for (const answer of answers) expect(answer).toEqual(exact);
    expect((await rankings(db)).filter((r) => r.key === 'SENTENCE LIFT 2')).toEqual([{ key: 'SENTENCE LIFT 2', writes: await markerWrites(db), size: expect.any(Number) }]);
  });

  it('leaves no ranking behind when the last speech is removed', async () => {
    expect((await rankings(db)).length).toBeGreaterThan(0);
    const all = await db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.id AS id')).records.map((r) => String(r.get('id'))));
    await deleteSpeeches(db, all);
    expect(await rankings(db)).toEqual([]);
    // A first speech again starts a new marker: no old ranking can match its counter.
    await writeSpeech(db, initial[0]!);
    expect(await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5 })).toEqual(
      await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, via: 'full' }),
    );
  });
});
