import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedSpeech } from '../src/extract/types.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { sloganCooccurrence, sloganSpeechesInScope } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { materialiseCooccurrence, rebuildCooccurrence } from '../src/graph/cooccurrence/maintenance.js';
import { CooccurrenceOptionsError, CooccurrenceStaleError, type CooccurrenceMeasure, type CooccurrenceScope } from '../src/graph/cooccurrence/types.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const SCOPES = ['SPEECH', 'SECTION', 'SENTENCE'] as const;
const MEASURES = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'] as const;

// An independent reference: the units of each scope computed straight from the extraction results.
function units(speeches: ExtractedSpeech[], scope: CooccurrenceScope): { total: number; sets: Set<string>[] } {
  const sets: Set<string>[] = [];
  let total = 0;
  for (const x of speeches) {
    const top = (id: string | null): string | null => {
      let s = x.sections.find((c) => c.id === id);
      while (s && s.parentId !== null) s = x.sections.find((c) => c.id === s!.parentId);
      return s?.id ?? null;
    };
    const byUnit = new Map<string, Set<string>>();
    for (const f of x.slogans) {
      for (const m of f.mentions) {
        const unit = scope === 'SPEECH' ? 'speech' : scope === 'SECTION' ? top(m.sectionId) : String(m.sentence);
        if (unit === null) continue;
        byUnit.set(unit, (byUnit.get(unit) ?? new Set()).add(f.name));
      }
    }
    sets.push(...byUnit.values());
    total += scope === 'SPEECH' ? 1 : scope === 'SECTION' ? x.sections.filter((s) => s.parentId === null).length : x.sentences.length;
  }
  return { total, sets };
}

function reference(speeches: ExtractedSpeech[], scope: CooccurrenceScope, measure: CooccurrenceMeasure, minSupport: number) {
  const { total: n, sets } = units(speeches, scope);
  const freq = new Map<string, number>();
  const pair = new Map<string, number>();
  for (const set of sets) {
    const names = [...set].sort();
    for (const a of names) freq.set(a, (freq.get(a) ?? 0) + 1);
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
      const k = `${names[i]}|${names[j]}`;
      pair.set(k, (pair.get(k) ?? 0) + 1);
    }
  }
  return [...pair.entries()]
    .filter(([, s]) => s >= minSupport)
    .map(([k, s]) => {
      const [a, b] = k.split('|') as [string, string];
      const na = freq.get(a)!;
      const nb = freq.get(b)!;
      const lift = (s * n) / (na * nb);
      const score = {
        COUNT: s,
        JACCARD: s / (na + nb - s),
        LIFT: lift,
        PMI: Math.log2(lift),
        NPMI: s === n || (na === s && nb === s) ? 1 : Math.log(lift) / -Math.log(s / n),
      }[measure];
      return { a, b, support: s, score };
    })
    .sort((x, y) => y.score - x.score || y.support - x.support || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

describe('slogan co-occurrence', () => {
  let db: Database;
  const speeches = generateSpeechSpecs(40, 7).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON));

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    for (const s of speeches) await writeSpeech(db, s);
  });
  afterAll(async () => db?.close());

  const expectReference = (got: Awaited<ReturnType<typeof sloganCooccurrence>>, expected: ReturnType<typeof reference>) => {
    expect(got.map((p) => [p.a, p.b, p.support])).toEqual(expected.map((p) => [p.a, p.b, p.support]));
    got.forEach((p, i) => expect(p.score).toBeCloseTo(expected[i]!.score, 9));
  };

  for (const scope of SCOPES) {
    for (const measure of MEASURES) {
      it(`matches the reference computation at ${scope} scope with ${measure}`, async () => {
        const expected = reference(speeches, scope, measure, 2).slice(0, 25);
        expect(expected.length).toBeGreaterThan(0);
        expectReference(await sloganCooccurrence(db, { scope, measure, minSupport: 2, first: 25, via: 'full' }), expected);
      });
    }
  }

  // A filter rescopes everything: units, N and so every score come from the kept speeches alone.
  const kept = (level: string, dateFrom: string, dateTo: string) => speeches.filter((x) => x.level === level && x.date !== null && x.date >= dateFrom && x.date.slice(0, dateTo.length) <= dateTo);
  for (const scope of SCOPES) {
    it(`scores a level- and date-filtered co-occurrence over the matching speeches only at ${scope} scope`, async () => {
      const subset = kept('county', '2010', '2018-03'); // 2018-03 keeps the whole of March
      expect(subset.length).toBeGreaterThan(2);
      expect(subset.length).toBeLessThan(speeches.length);
      const expected = reference(subset, scope, 'NPMI', 1).slice(0, 30);
      expect(expected.length).toBeGreaterThan(0);
      const filter = { level: 'county', dateFrom: '2010', dateTo: '2018-03' };
      expectReference(await sloganCooccurrence(db, { scope, measure: 'NPMI', minSupport: 1, first: 30, speeches: filter }), expected);
      // The unfiltered (materialised) answer differs: global scores are not what the filter shows.
      expect(await sloganCooccurrence(db, { scope, measure: 'NPMI', minSupport: 1, first: 30 })).not.toEqual(await sloganCooccurrence(db, { scope, measure: 'NPMI', minSupport: 1, first: 30, speeches: filter }));
    });
  }

  it('counts each slogan over the filtered speeches, and finds nothing for a filter no speech passes', async () => {
    const subset = speeches.filter((x) => x.level === 'county');
    const names = ['六稳', '四个意识', '不存在的提法'];
    const counts = await sloganSpeechesInScope(db, names, { level: 'county' });
    for (const name of names) expect(counts.get(name)?.speeches).toBe(subset.filter((x) => x.slogans.some((f) => f.name === name)).length);
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, speeches: { level: 'central' } })).resolves.toEqual([]);
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, speeches: { level: 'city' }, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
  });

  describe('fast path (materialised CO_OCCURS counts, maintained by every write)', () => {
    it('is current right after speeches are written one by one into an empty graph, without any rebuild', async () => {
      const fast = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 25, via: 'materialised' });
      expectReference(fast, reference(speeches, 'SPEECH', 'NPMI', 2).slice(0, 25));
    });

    for (const scope of SCOPES) {
      for (const measure of MEASURES) {
        for (const minSupport of [1, 3]) {
          it(`matches the reference and the full path at ${scope} scope with ${measure}, minSupport ${minSupport}`, async () => {
            const expected = reference(speeches, scope, measure, minSupport).slice(0, 40);
            expect(expected.length).toBeGreaterThan(0);
            const fast = await sloganCooccurrence(db, { scope, measure, minSupport, first: 40, via: 'materialised' });
            expectReference(fast, expected);
            expect(fast).toEqual(await sloganCooccurrence(db, { scope, measure, minSupport, first: 40, via: 'full' }));
            expect(await sloganCooccurrence(db, { scope, measure, minSupport, first: 40 })).toEqual(fast);
          });
        }
      }
    }

    it('serves the slogan filter identically to the full path at every scope', async () => {
      for (const scope of SCOPES) {
        const opts = { scope, measure: 'NPMI', minSupport: 1, first: 100, slogan: '六稳' } as const;
        const fast = await sloganCooccurrence(db, { ...opts, via: 'materialised' });
        expect(fast.length).toBeGreaterThan(0);
        expect(fast).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
      }
    });

    it('stays current through an ingest, a replacement and a removal, with no rebuild in between', async () => {
      const [extra, changed] = generateSpeechSpecs(42, 7).slice(40).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON));
      const before = await storedCooccurrence(db);
      const written = await writeSpeech(db, extra!);
      expect(written.status).toBe('new');
      for (const scope of SCOPES) {
        const fast = await sloganCooccurrence(db, { scope, measure: 'NPMI', minSupport: 2, first: 25, via: 'materialised' });
        expectReference(fast, reference([...speeches, extra!], scope, 'NPMI', 2).slice(0, 25));
      }
      // Another text under the same source replaces the speech: its share is subtracted, the new one added.
      const replacement = await writeSpeech(db, { ...changed!, source: extra!.source });
      expect(replacement).toMatchObject({ status: 'updated', replaced: [written.id] });
      expectReference(
        await sloganCooccurrence(db, { scope: 'SECTION', measure: 'LIFT', minSupport: 2, first: 25, via: 'materialised' }),
        reference([...speeches, changed!], 'SECTION', 'LIFT', 2).slice(0, 25),
      );
      await deleteSpeeches(db, [replacement.id]);
      expect(await storedCooccurrence(db)).toEqual(before);
    });

    it('is bypassed after a write that skips the deltas, until the data are brought up to date', async () => {
      await db.write((tx) => tx.run("CREATE (:Speech {id: 'bypass', source: 'bypass', sentenceCount: 0})"));
      try {
        await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 5, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
        const all = [...speeches, { ...speeches[0]!, slogans: [], sections: [], sentences: [] }];
        expectReference(await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 25 }), reference(all, 'SPEECH', 'NPMI', 2).slice(0, 25));
        expect(await materialiseCooccurrence(db)).toBeGreaterThan(0);
        expectReference(
          await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 25, via: 'materialised' }),
          reference(all, 'SPEECH', 'NPMI', 2).slice(0, 25),
        );
      } finally {
        await deleteSpeeches(db, ['bypass']);
      }
      // The removal kept it current: nothing to rebuild, the fast path answers at once.
      const pairs = await materialiseCooccurrence(db);
      expect(pairs).toBeGreaterThan(0);
      await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 5, via: 'materialised' })).resolves.toHaveLength(5);
    });
  });

  it('restricts to pairs containing one slogan and honours minSupport', async () => {
    const got = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 5, first: 100, slogan: '六稳' });
    expect(got.length).toBeGreaterThan(0);
    for (const p of got) {
      expect([p.a, p.b]).toContain('六稳');
      expect(p.support).toBeGreaterThanOrEqual(5);
      expect(p.a < p.b).toBe(true);
    }
  });

  it('rejects invalid options with a clear message', async () => {
    await expect(sloganCooccurrence(db, { scope: 'PARAGRAPH' as CooccurrenceScope, measure: 'COUNT', minSupport: 1, first: 5 })).rejects.toThrow(CooccurrenceOptionsError);
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 0, first: 5 })).rejects.toThrow(/minSupport/);
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 1_000_000 })).rejects.toThrow(/first/);
  });

  it('rebuilds CO_OCCURS idempotently, to exactly what the writes maintained', async () => {
    const maintained = await storedCooccurrence(db);
    const expected = reference(speeches, 'SPEECH', 'COUNT', 1);
    expect(maintained.filter((p) => p.speeches > 0)).toHaveLength(expected.length);
    const before = await countGraph(db);
    expect(await rebuildCooccurrence(db)).toBe(maintained.length);
    expect(await storedCooccurrence(db)).toEqual(maintained);
    expect(await rebuildCooccurrence(db)).toBe(maintained.length);
    expect(await countGraph(db)).toEqual(before);
  });
});

// Every stored pair and slogan count, sorted: what the incremental deltas and a rebuild must agree on.
async function storedCooccurrence(db: Database) {
  return db.read(async (tx) => {
    const rows = await tx.run(
      `MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan)
       RETURN a.name AS a, b.name AS b, r.speeches AS speeches, r.sections AS sections, r.sentences AS sentences,
              [a.speechCount, a.sectionCount, a.sentenceCount, b.speechCount, b.sectionCount, b.sentenceCount] AS counts
       ORDER BY a, b`,
    );
    return rows.records.map((r) => ({
      pair: `${r.get('a')}|${r.get('b')}`,
      speeches: Number(r.get('speeches')),
      sections: Number(r.get('sections')),
      sentences: Number(r.get('sentences')),
      counts: (r.get('counts') as unknown[]).map(Number),
    }));
  });
}
