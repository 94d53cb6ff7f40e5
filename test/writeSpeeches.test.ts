import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { speechRows } from '../src/graph/write/speechRows.js';
import { toPlain } from '../src/graph/toPlain.js';
import { writeSpeech, writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { emptyGraph } from './support/emptyGraph.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const speeches = generateSpeechSpecs(12, 3).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON));

// Every node and relationship with its properties, for comparing two loads; left out: the write time,
// the co-occurrence marker's delta counter (one per transaction, so it counts batches) and the
// co-occurrence rankings (stored by reads, not by writes).
const VOLATILE = new Set(['ingestedAt', 'writes']);
async function snapshot(db: Database): Promise<string[]> {
  const stable = (value: unknown): string =>
    JSON.stringify(toPlain(value), (_, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => !VOLATILE.has(k)).sort()) : v,
    );
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) WHERE NOT n:CooccurrenceRanking RETURN labels(n) AS labels, properties(n) AS props');
    const rels = await tx.run('MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, properties(r) AS props');
    return [
      ...nodes.records.map((r) => `${stable(r.get('labels'))} ${stable(r.get('props'))}`),
      ...rels.records.map((r) => `${String(r.get('type'))} ${stable(r.get('a'))} ${stable(r.get('b'))} ${stable(r.get('props'))}`),
    ].sort();
  });
}

describe('writing several speeches per transaction', () => {
  let db: Database;
  let oneByOne: string[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    for (const s of speeches) await writeSpeech(db, s);
    oneByOne = await snapshot(db);
    await emptyGraph(db);
  });
  afterAll(async () => db?.close());

  it('writes exactly the graph (co-occurrence included) that one speech per transaction writes', async () => {
    const outcomes = await writeSpeeches(db, speeches);
    expect(outcomes.map((o) => o.status)).toEqual(speeches.map(() => 'new'));
    expect(await snapshot(db)).toEqual(oneByOne);
    const opts = { scope: 'SECTION', measure: 'NPMI', minSupport: 1, first: 50 } as const;
    expect(await sloganCooccurrence(db, { ...opts, via: 'materialised' })).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
  });

  it('is idempotent: the same batch again changes nothing', async () => {
    const before = await countGraph(db);
    const outcomes = await writeSpeeches(db, speeches);
    expect(outcomes.map((o) => o.status)).toEqual(speeches.map(() => 'unchanged'));
    expect(await countGraph(db)).toEqual(before);
    expect(await snapshot(db)).toEqual(oneByOne);
  });

  it('isolates a failing speech: the others are written, it leaves nothing behind', async () => {
    await emptyGraph(db);
    const bad = speechRows(speeches[1]!);
    // A map is not a storable property value: Neo4j rejects this speech's section.
    bad.sections[0]!.props = { ...bad.sections[0]!.props, heading: { nested: true } };
    const outcomes = await writeSpeeches(db, [speeches[0]!, bad, speeches[2]!]);
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'failed', 'new']);
    expect(outcomes[1]).toMatchObject({ id: bad.speech.id, reason: expect.stringMatching(/propert/i) });
    const ids = await db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.id AS id ORDER BY id')).records.map((r) => r.get('id')));
    expect(ids).toEqual([speechRows(speeches[0]!).speech.id, speechRows(speeches[2]!).speech.id].sort());
    expect(await db.read(async (tx) => (await tx.run('MATCH (s:Section) WHERE s.id STARTS WITH $id RETURN count(s) AS n', { id: bad.speech.id })).records[0]!.get('n').toNumber())).toBe(0);
    const opts = { scope: 'SPEECH', measure: 'LIFT', minSupport: 1, first: 50 } as const;
    expect(await sloganCooccurrence(db, { ...opts, via: 'materialised' })).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
  });

  it('treats two texts of one source in one batch as one-by-one writes would: the later replaces the earlier', async () => {
    await emptyGraph(db);
    const [a, b] = [speeches[3]!, { ...speeches[4]!, source: speeches[3]!.source }];
    const outcomes = await writeSpeeches(db, [a, b]);
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'updated']);
    expect(outcomes[1]).toMatchObject({ replaced: [outcomes[0]!.id] });
    const ids = await db.read(async (tx) => (await tx.run('MATCH (s:Speech) RETURN s.id AS id')).records.map((r) => r.get('id')));
    expect(ids).toEqual([outcomes[1]!.id]);
    const opts = { scope: 'SENTENCE', measure: 'JACCARD', minSupport: 1, first: 50 } as const;
    expect(await sloganCooccurrence(db, { ...opts, via: 'materialised' })).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
  });

  it('keeps the co-occurrence counts exact when batches are written and removed concurrently', async () => {
    await emptyGraph(db);
    await writeSpeeches(db, speeches.slice(0, 4));
    // Two writers and a removal at once, all touching the same hot slogans: no lost update.
    await Promise.all([
      writeSpeeches(db, speeches.slice(4, 8)),
      writeSpeeches(db, speeches.slice(8)),
      deleteSpeeches(db, [speechRows(speeches[0]!).speech.id]),
    ]);
    for (const scope of ['SPEECH', 'SECTION', 'SENTENCE'] as const) {
      const opts = { scope, measure: 'NPMI', minSupport: 1, first: 200 } as const;
      expect(await sloganCooccurrence(db, { ...opts, via: 'materialised' })).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
    }
  });
});
