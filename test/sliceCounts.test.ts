import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ancestorsOf, placeByCode } from '../src/extract/places/gazetteer.js';
import type { ExtractedSpeech } from '../src/extract/types.js';
import { applySchema } from '../src/graph/applySchema.js';
import { findGraphProblems } from '../src/graph/checkGraph.js';
import { cooccurrenceStateInTx, materialiseCooccurrence, rebuildCooccurrence } from '../src/graph/cooccurrence/maintenance.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { CooccurrenceStaleError, COOCCURRENCE_MEASURES, COOCCURRENCE_SCOPES, type SpeechScope } from '../src/graph/cooccurrence/types.js';
import type { Database } from '../src/graph/database.js';
import { toPlain } from '../src/graph/toPlain.js';
import { deleteSpeeches } from '../src/graph/write/deleteSpeeches.js';
import { speechIdOf } from '../src/graph/write/speechRows.js';
import { writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { timeCorpus } from './support/timeCorpus.js';
import { openTestDatabase } from './support/testDatabase.js';

// The per-year, per-month, per-province and per-level counts every write stores equal a plain
// count over the extracted speeches, through ingest, removal and rebuild; co-occurrence filtered
// by whole years or one province read from them equals the full computation; tifa check recounts.

const PROVINCES = ['320000', '330000', '440000'];
const synthetic = generateSpeechSpecs(42, 30).map((spec, i) => {
  const x = buildSpeech(spec, SYNTHETIC_LEXICON);
  const code = i % 4 === 3 ? null : PROVINCES[i % 3]!;
  const p = code === null ? null : placeByCode(code)!;
  const place = p === null ? null : { code: p.code, name: p.name, level: p.level, within: ancestorsOf(p.code).map((a) => ({ code: a.code, name: a.name, level: a.level })) };
  return { ...x, place, level: place ? 'provincial' : x.level, date: i % 7 === 0 ? x.date?.slice(0, 4) ?? null : x.date } as ExtractedSpeech;
});
const corpus = [...timeCorpus(), ...synthetic];

type Counts = { speeches: number; mentions: number; sections: number; sentences: number };

/** The stored counts a set of speeches should give, counted from the extraction results. */
function reference(speeches: readonly ExtractedSpeech[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const add = (key: string, c: Partial<Counts>): void => {
    const at = out.get(key) ?? { speeches: 0, mentions: 0, sections: 0, sentences: 0 };
    for (const k of Object.keys(c) as Array<keyof Counts>) at[k] += c[k]!;
    out.set(key, at);
  };
  for (const x of speeches) {
    const d = x.date;
    const periods = d ? [`year:${d.slice(0, 4)}`, ...(d.length >= 7 ? [`month:${d.slice(0, 7)}`] : [])] : [];
    const chain = x.place ? [x.place, ...x.place.within] : [];
    const province = chain.find((p) => p.level === 'provincial')?.code;
    const place = province ? [`province:${province}`] : [];
    const level = x.level ? [`level:${x.level}`, ...periods.map((p) => `level:${x.level}|${p}`)] : [];
    const slices = [...periods, ...place, ...level];
    const pairSlices = [...periods.slice(0, 1), ...place];
    const tops = x.sections.filter((s) => s.parentId === null);
    const topOf = (id: string | null): string | null => {
      let s = x.sections.find((c) => c.id === id);
      while (s && s.parentId !== null) s = x.sections.find((c) => c.id === s!.parentId);
      return s?.id ?? null;
    };
    const units: Record<'speeches' | 'sections' | 'sentences', Map<string, Set<string>>> = { speeches: new Map(), sections: new Map(), sentences: new Map() };
    for (const f of x.slogans) {
      for (const m of f.mentions) {
        const put = (scope: keyof typeof units, unit: string | null) => unit !== null && units[scope].set(unit, (units[scope].get(unit) ?? new Set()).add(f.name));
        put('speeches', 'speech');
        put('sections', topOf(m.sectionId));
        put('sentences', String(m.sentence));
      }
    }
    for (const slice of slices) {
      add(`Slice ${slice}`, { speeches: 1, sections: tops.length, sentences: x.sentences.length });
      for (const f of x.slogans) add(`SloganSlice ${slice} ${f.name}`, { mentions: f.mentions.length });
    }
    for (const scope of ['speeches', 'sections', 'sentences'] as const) {
      for (const set of units[scope].values()) {
        const names = [...set].sort();
        for (const slice of slices) for (const n of names) add(`SloganSlice ${slice} ${n}`, { [scope]: 1 });
        for (const slice of pairSlices) for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) add(`PairSlice ${slice} ${names[i]} ${names[j]}`, { [scope]: 1 });
      }
    }
  }
  for (const [k, c] of out) if (c.speeches === 0) out.delete(k);
  return out;
}

async function stored(db: Database): Promise<Map<string, Counts>> {
  const rows = await db.read(async (tx) =>
    (await tx.run(`MATCH (c:Slice|SloganSlice|PairSlice)
      RETURN CASE WHEN c:Slice THEN 'Slice' WHEN c:SloganSlice THEN 'SloganSlice' ELSE 'PairSlice' END + ' ' + replace(c.key, '\t', ' ') AS key,
             c.speeches AS speeches, coalesce(c.mentions, 0) AS mentions, c.sections AS sections, c.sentences AS sentences`)).records.map((r) => toPlain(r.toObject()) as Counts & { key: string }),
  );
  return new Map(rows.map(({ key, ...c }) => [key, c]));
}

const sorted = (m: Map<string, Counts>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (let i = 0; i < corpus.length; i += 40) await writeSpeeches(db, corpus.slice(i, i + 40));
});
afterAll(async () => {
  await db?.close();
});

const FILTERS: SpeechScope[] = [{ dateFrom: '2015', dateTo: '2015' }, { dateFrom: '2012', dateTo: '2018' }, { dateFrom: '2020' }, { dateTo: '2011' }, { place: '320000' }, { place: '440000' }];

describe('stored per-slice counts', () => {
  it('equal a plain count after ingest, including the pairs of the central, provincial and dated speeches', async () => {
    const expected = reference(corpus);
    expect([...expected.keys()].some((k) => k.startsWith('PairSlice province:'))).toBe(true);
    expect([...expected.keys()].some((k) => k.startsWith('SloganSlice level:county|month:'))).toBe(true);
    expect(sorted(await stored(db))).toEqual(sorted(expected));
  });

  it('answer co-occurrence filtered by whole years or one province exactly as the full computation', async () => {
    // Every filter at every scope; the measures and the slogan restriction in turn.
    let turn = 0;
    for (const speeches of FILTERS) {
      for (const scope of COOCCURRENCE_SCOPES) {
        for (const k of [0, 1]) {
          const measure = COOCCURRENCE_MEASURES[turn++ % COOCCURRENCE_MEASURES.length]!;
          const opts = { scope, measure, minSupport: scope === 'SPEECH' ? 2 : 1, first: 40, speeches, slogan: k === 1 ? '四个意识' : undefined };
          const fast = await sloganCooccurrence(db, { ...opts, via: 'materialised' });
          expect(fast).toEqual(await sloganCooccurrence(db, { ...opts, via: 'full' }));
        }
      }
    }
    expect((await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, speeches: { place: '320000' }, via: 'materialised' })).length).toBe(5);
    // A filter the slices do not cover whole is not answered from them.
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, speeches: { dateFrom: '2015-06' }, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
  });

  it('are decremented exactly by removals and reproduced exactly by a rebuild', async () => {
    const removed = corpus.filter((_, i) => i % 5 === 0);
    const ids = removed.map((x) => speechIdOf(x.sha256));
    expect(await deleteSpeeches(db, ids)).toHaveLength(ids.length);
    const rest = corpus.filter((_, i) => i % 5 !== 0);
    expect(sorted(await stored(db))).toEqual(sorted(reference(rest)));
    expect(await rebuildCooccurrence(db)).toBeGreaterThan(0);
    expect(sorted(await stored(db))).toEqual(sorted(reference(rest)));
    expect((await findGraphProblems(db)).problems).toEqual([]);
    await writeSpeeches(db, removed);
    expect(sorted(await stored(db))).toEqual(sorted(reference(corpus)));
  }, 120_000);

  it('are recounted by tifa check, which names a wrong or missing count', async () => {
    expect((await findGraphProblems(db)).checks).toContain('slices');
    await db.write((tx) => tx.run("MATCH (c:SloganSlice {key: 'year:2016\t四个意识'}) SET c.mentions = c.mentions + 1"));
    const deleted = await db.write(async (tx) => (await tx.run("MATCH (c:PairSlice) WHERE c.slice = 'province:320000' WITH c LIMIT 1 WITH c, c.speeches AS speeches DELETE c RETURN speeches")).records[0]!.get('speeches'));
    const problems = (await findGraphProblems(db)).problems.filter((p) => p.check === 'slices');
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ problem: expect.stringMatching(/^PairSlice counts that differ/), count: 1, examples: [expect.stringMatching(new RegExp(`^province:320000 .*: missing, recounted ${Number(deleted)} 0 \\d+ \\d+ \\(speeches`))] }),
        expect.objectContaining({ problem: expect.stringMatching(/^SloganSlice counts that differ/), count: 1, examples: [expect.stringMatching(/^year:2016 四个意识: stored (\d+) (\d+) .*, recounted \1 /)] }),
      ]),
    );
    expect(await rebuildCooccurrence(db)).toBeGreaterThan(0);
    expect((await findGraphProblems(db)).problems).toEqual([]);
  }, 120_000);

  it('are reported missing on a graph written before them, which the next refresh rebuilds', async () => {
    await db.write((tx) => tx.run("MATCH (st:CooccurrenceState) REMOVE st.slices"));
    expect((await db.read((tx) => cooccurrenceStateInTx(tx))).slices).toBe(false);
    await expect(sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5, speeches: { place: '320000' }, via: 'materialised' })).rejects.toThrow(CooccurrenceStaleError);
    expect((await findGraphProblems(db)).problems.map((p) => p.problem)).toEqual([expect.stringMatching(/^no per-year, per-province counts stored/)]);
    expect(await materialiseCooccurrence(db)).toBeGreaterThan(0);
    expect((await db.read((tx) => cooccurrenceStateInTx(tx))).slices).toBe(true);
    expect(sorted(await stored(db))).toEqual(sorted(reference(corpus)));
  }, 120_000);
});
