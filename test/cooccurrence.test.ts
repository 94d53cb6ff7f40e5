import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractForIngest, listSpeechFiles } from '../src/cli/ingestCommand.js';
import type { ExtractedSpeech } from '../src/extract/types.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { ingestSpeeches } from '../src/graph/ingestSpeeches.js';
import { removeSpeeches } from '../src/graph/removeSpeeches.js';
import {
  CooccurrenceOptionsError,
  CooccurrenceStaleError,
  MATERIALISED_MIN_SUPPORT,
  materialiseCooccurrence,
  sloganCooccurrence,
  type CooccurrenceMeasure,
  type CooccurrenceScope,
} from '../src/graph/sloganCooccurrence.js';
import { writeSpeech } from '../src/graph/writeSpeech.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const CORPUS = resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/corpus');
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

  describe('fast path (materialised CO_OCCURS)', () => {
    beforeAll(async () => {
      await materialiseCooccurrence(db);
    });

    for (const measure of MEASURES) {
      for (const minSupport of [MATERIALISED_MIN_SUPPORT, 4]) {
        it(`matches the reference and the full path at SPEECH scope with ${measure}, minSupport ${minSupport}`, async () => {
          const expected = reference(speeches, 'SPEECH', measure, minSupport).slice(0, 40);
          expect(expected.length).toBeGreaterThan(0);
          const fast = await sloganCooccurrence(db, { scope: 'SPEECH', measure, minSupport, first: 40, via: 'materialised' });
          expectReference(fast, expected);
          expect(fast).toEqual(await sloganCooccurrence(db, { scope: 'SPEECH', measure, minSupport, first: 40, via: 'full' }));
          expect(await sloganCooccurrence(db, { scope: 'SPEECH', measure, minSupport, first: 40 })).toEqual(fast);
        });
      }
    }

    it('serves the slogan filter identically to the full path', async () => {
      const opts = { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 100, slogan: '六稳' } as const;
      const fast = await sloganCooccurrence(db, { ...opts, via: 'materialised' });
      expect(fast.length).toBeGreaterThan(0);
      expect(fast).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
    });

    it('does not answer other scopes or a minSupport below the threshold', async () => {
      await expect(sloganCooccurrence(db, { scope: 'SECTION', measure: 'COUNT', minSupport: 2, first: 5, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
      await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
    });

    it('is bypassed after a write until the next rebuild, so answers are never stale', async () => {
      const [extra] = generateSpeechSpecs(41, 7).slice(40).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON));
      const written = await writeSpeech(db, extra!);
      try {
        const all = [...speeches, extra!];
        await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 5, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
        expectReference(await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 25 }), reference(all, 'SPEECH', 'NPMI', 2).slice(0, 25));
        await materialiseCooccurrence(db);
        expectReference(await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'LIFT', minSupport: 2, first: 25, via: 'materialised' }), reference(all, 'SPEECH', 'LIFT', 2).slice(0, 25));
      } finally {
        await removeSpeeches(db, [written.id]);
      }
      // A removal changes the speech count: stale again until rebuilt.
      await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 5, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
      await materialiseCooccurrence(db);
      expectReference(await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 25, via: 'materialised' }), reference(speeches, 'SPEECH', 'NPMI', 2).slice(0, 25));
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

  it('materialises CO_OCCURS idempotently', async () => {
    const written = await materialiseCooccurrence(db);
    const expected = reference(speeches, 'SPEECH', 'NPMI', 2);
    expect(written).toBe(expected.length);
    const stored = await db.read(async (tx) =>
      (await tx.run('MATCH (a:Slogan)-[r:CO_OCCURS]->(b:Slogan) RETURN a.name AS a, b.name AS b, r.speeches AS s, r.npmi AS npmi')).records.map((r) => ({
        key: `${r.get('a')}|${r.get('b')}`,
        support: r.get('s').toNumber() as number,
        npmi: r.get('npmi') as number,
      })),
    );
    const byKey = new Map(stored.map((x) => [x.key, x]));
    for (const p of expected) {
      expect(byKey.get(`${p.a}|${p.b}`)?.support).toBe(p.support);
      expect(byKey.get(`${p.a}|${p.b}`)?.npmi).toBeCloseTo(p.score, 9);
    }
    const before = await countGraph(db);
    expect(await materialiseCooccurrence(db)).toBe(written);
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('slogan co-occurrence on ../shared/corpus', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    const { files } = await listSpeechFiles([CORPUS]);
    const summary = await ingestSpeeches(db, files, { extract: (file) => extractForIngest(file, 20 * 1024 * 1024), concurrency: 2 });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => db?.close());

  it('answers from the materialised CO_OCCURS right after ingest, identically to the full computation', async () => {
    for (const measure of MEASURES) {
      for (const minSupport of [2, 3]) {
        for (const slogan of [undefined, '两个维护']) {
          const opts = { scope: 'SPEECH', measure, minSupport, first: 200, slogan } as const;
          const fast = await sloganCooccurrence(db, { ...opts, via: 'materialised' });
          expect(fast).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
        }
      }
    }
    const [top] = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 2, first: 1 });
    expect([top!.a, top!.b].sort()).toEqual(['两个维护', '四个意识'].sort());
    expect(top!.support).toBe(4);
  });
});
