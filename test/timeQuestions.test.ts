import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { loadConfig } from '../src/config.js';
import { diffusion, distinctiveSlogans, emergingSlogans, firstUse, risingSlogans, timelines } from '../src/app/timeQuestions.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { createReadRepository, type ReadRepository } from '../src/graph/read/createReadRepository.js';
import { speechIdOf } from '../src/graph/write/speechRows.js';
import { recordToPlain } from '../src/graph/toPlain.js';
import { distinctive, rising } from '../src/graph/time/fightinWords.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { CENTRAL_FIRST, ESTABLISHED, PROVINCE_ADOPTION, timeCorpus } from './support/timeCorpus.js';
import { tifa } from './support/corpusGraph.js';
import { errorCodes, gql } from './support/graphqlClient.js';
import { TimeReference } from './support/timeReference.js';
import { openTestDatabase } from './support/testDatabase.js';

// Every time answer over the synthetic corpus equals a plain count over the extracted speeches
// (test/support/timeReference.ts), and the first uses and lags built into the corpus come back.
const corpus = timeCorpus();
const ref = new TimeReference(corpus);
let db: Database;
let repo: ReadRepository;
let server: ApiServer;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (let i = 0; i < corpus.length; i += 50) await writeSpeeches(db, corpus.slice(i, i + 50));
  repo = createReadRepository(db);
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const SLOGANS = ['四个意识', '三个代表', '放管服', '双碳', ESTABLISHED, '一网通办'];

describe('timeline', () => {
  it.each(['YEAR', 'QUARTER', 'MONTH'] as const)('equals the plain count by %s, unfiltered and filtered', async (by) => {
    for (const filter of [{}, { level: 'provincial' }, { place: '320000' }, { genre: 'speech', dateFrom: '2015-06' }]) {
      const answers = await timelines(repo, SLOGANS, by, filter);
      expect(answers.map((a) => a.name)).toEqual(SLOGANS);
      for (const a of answers) {
        const expected = ref.timeline(a.name, by, filter);
        expect({ points: a.points, undated: a.undated, coarser: a.coarser }).toEqual(expected);
      }
    }
  });

  it('is absent before the first year and present after it, with a point for every dated year', async () => {
    const [t] = await timelines(repo, [ESTABLISHED], 'YEAR', {});
    expect(t!.points.map((p) => p.period)).toEqual(Array.from({ length: 15 }, (_, i) => String(2010 + i)));
    expect(t!.points.filter((p) => p.period < '2021').every((p) => p.speeches === 0 && p.share === 0)).toBe(true);
    expect(t!.points.filter((p) => p.period >= '2022').every((p) => p.share > 0)).toBe(true);
    expect(t!.undated).toBe(1);
  });

  it('places a year-only date in its year and never in a quarter or month', async () => {
    const [byYear] = await timelines(repo, ['四个意识'], 'YEAR', {});
    const [byMonth] = await timelines(repo, ['四个意识'], 'MONTH', {});
    const yearOnly = corpus.filter((s) => s.date?.length === 4 && s.slogans.some((x) => x.name === '四个意识')).length;
    expect(yearOnly).toBeGreaterThan(0);
    expect(byMonth!.coarser).toBe(yearOnly);
    expect(byYear!.coarser).toBe(0);
    expect(byYear!.points.reduce((n, p) => n + p.speeches, 0)).toBe(byMonth!.points.reduce((n, p) => n + p.speeches, 0) + yearOnly);
  });
});

describe('first use', () => {
  it('equals the plain count for every slogan and filter', async () => {
    for (const name of SLOGANS) {
      for (const filter of [{}, { level: 'provincial' }, { place: '330000' }]) {
        expect(await firstUse(repo, name, filter)).toEqual(ref.firstUse(name, filter));
      }
    }
  });

  it('finds the central speech that first used 两个确立', async () => {
    const first = await firstUse(repo, ESTABLISHED, {});
    expect(first!.date).toBe(CENTRAL_FIRST);
    const speech = corpus.find((s) => s.date === CENTRAL_FIRST)!;
    expect(first!.speechIds).toEqual([speechIdOf(speech.sha256)]);
  });
});

describe('diffusion', () => {
  it('gives each province its first use and lag from the first central use, the never-adopters apart', async () => {
    const d = (await diffusion(repo, ESTABLISHED, 'provincial', null))!;
    expect(d.origin!.date).toBe(CENTRAL_FIRST);
    expect(d.originLevel).toBe('central');
    const expected = ref.diffusion(ESTABLISHED, 'provincial', CENTRAL_FIRST);
    expect(d.adoptions.map(({ code, date, lagDays, speechCount }) => ({ code, date, lagDays, speechCount }))).toEqual(expected.adoptions);
    expect(d.curve).toEqual(expected.curve);
    expect(d.undated).toBe(expected.undated);
    for (const [code, { date, lagDays }] of Object.entries(PROVINCE_ADOPTION)) expect(d.adoptions.find((a) => a.code === code)).toMatchObject({ date, lagDays });
    expect(d.adoptions.at(-1)).toMatchObject({ code: '440000', date: null, lagDays: null, speechId: null });
  });

  it('counts city lags from the first provincial use inside the place asked for', async () => {
    const d = (await diffusion(repo, ESTABLISHED, 'city', '320000'))!;
    expect(d.originLevel).toBe('provincial');
    expect(d.origin!.date).toBe(PROVINCE_ADOPTION['320000']!.date);
    const expected = ref.diffusion(ESTABLISHED, 'city', d.origin!.date).adoptions.filter((a) => a.code.startsWith('32'));
    expect(d.adoptions.map(({ code, date, lagDays, speechCount }) => ({ code, date, lagDays, speechCount }))).toEqual(expected);
  });

  it('is null for a name that is no slogan', async () => {
    expect(await diffusion(repo, '不是提法', 'provincial', null)).toBeNull();
  });
});

describe('emerging, rising and distinctive', () => {
  it('lists the slogans first used in a window, by speeches', async () => {
    for (const [from, to, filter] of [['2020', '2021', {}], ['2015', '2016-06', {}], ['2022', '2024', { level: 'provincial' }]] as const) {
      const got = await emergingSlogans(repo, from, to, filter, 20);
      const expected = ref.emerging(from, to, filter);
      expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(new Set(expected.map((e) => JSON.stringify(e))));
      expect(got.map((g) => g.speeches)).toEqual([...got.map((g) => g.speeches)].sort((a, b) => b - a));
    }
    expect((await emergingSlogans(repo, '2020', '2021', {}, 20)).map((e) => e.name)).toEqual(expect.arrayContaining(['双碳', ESTABLISHED]));
  });

  it('ranks rising slogans by the smoothed log ratio computed from plain counts', async () => {
    const got = await risingSlogans(repo, { from: '2010', to: '2015' }, { from: '2020', to: '2024' }, {}, 3, 20);
    const expected = rising(ref.side({}, '2010', '2015'), ref.side({}, '2020', '2024'), 3, 20);
    expect(got).toEqual(expected);
    expect(got[0]!.name).toBe('四个意识');
    expect(got.at(-1)!.name).toBe('三个代表');
    // By level, and with a window that is not whole years (read from the speeches).
    for (const [filter, before, after] of [[{ level: 'provincial' }, { from: '2010', to: '2015' }, { from: '2020' }], [{}, { from: '2010-06', to: '2015' }, { from: '2020', to: '2024-03' }]] as const) {
      expect(await risingSlogans(repo, before, after, filter, 2, 20)).toEqual(rising(ref.side(filter, before.from, before.to ?? null), ref.side(filter, after.from, 'to' in after ? after.to : null), 2, 20));
    }
  });

  it('scores distinctive slogans of a province, a level and a period against the rest', async () => {
    for (const [subset, reference] of [
      [{ place: '320000' }, null],
      [{ level: 'central' }, null],
      [{ dateFrom: '2022' }, { dateTo: '2021' }],
      [{ place: '320000' }, { level: 'provincial' }],
      [{ dateFrom: '2022', dateTo: '2022' }, null],
      [{ place: '320500' }, null],
    ] as const) {
      const got = await distinctiveSlogans(repo, subset, reference, 20);
      const sides = ref.sides(subset, reference);
      expect(got).toEqual(distinctive(sides.subset, sides.reference, 20));
    }
    // Against everything else the maintained per-slogan counts answer; a reference of every speech reads them all: the same sides.
    expect(await repo.speechSides({ place: '320000' }, null)).toEqual(await repo.speechSides({ place: '320000' }, {}));
    const jiangsu = await distinctiveSlogans(repo, { place: '320000' }, null, 3);
    expect(jiangsu[0]!.name).toBe('一网通办');
  });

  it('refuses a comparison with nothing to compare against', async () => {
    await expect(distinctiveSlogans(repo, {}, null, 20)).rejects.toThrow(/nothing to compare/);
    await expect(risingSlogans(repo, { from: '1990', to: '1991' }, { from: '2020' }, {}, 3, 20)).rejects.toThrow(/before: no dated speech/);
    await expect(emergingSlogans(repo, '2021-02-30', '2022', {}, 20)).rejects.toThrow(/no day 30/);
  });
});

describe('the analysts\' Cypher (cypher/queries/, the guide\'s slides) gives the same answers', () => {
  const run = async (file: string, params: Record<string, unknown>) => {
    const text = readFileSync(fileURLToPath(new URL(`../cypher/queries/${file}.cypher`, import.meta.url)), 'utf8');
    return db.read(async (tx) => (await tx.run(text, params)).records.map((r) => recordToPlain<Record<string, unknown>>(r)));
  };

  it('timeline, first use and diffusion', async () => {
    const timeline = await run('sloganTimeline', { slogan: ESTABLISHED });
    expect(timeline.map((r) => ({ period: r.year, speeches: r.using, share: r.share }))).toEqual(ref.timeline(ESTABLISHED, 'YEAR').points.map(({ mentions: _m, ...p }) => p));
    const first = await run('sloganFirstUse', { slogan: ESTABLISHED });
    expect(first.map((r) => r.speech)).toEqual(ref.firstUse(ESTABLISHED)!.speechIds);
    const spread = await run('sloganDiffusion', { slogan: ESTABLISHED });
    expect(spread.map((r) => ({ code: r.code, date: r.firstUse, lagDays: r.lagDays, speechCount: r.speeches }))).toEqual(ref.diffusion(ESTABLISHED, 'provincial', CENTRAL_FIRST).adoptions);
  });

  it('emerging, rising and distinctive', async () => {
    const emerging = await run('emergingSlogans', { from: '2020', to: '2021', limit: neo4j.int(20) });
    expect(new Set(emerging.map((r) => JSON.stringify({ name: r.slogan, firstUse: r.firstUse, speeches: r.speeches })))).toEqual(new Set(ref.emerging('2020', '2021').map((e) => JSON.stringify(e))));
    const risingRows = await run('risingSlogans', { beforeFrom: '2010', beforeTo: '2015', afterFrom: '2020', afterTo: '2024', alpha0: 100.0, minSupport: neo4j.int(3), limit: neo4j.int(20) });
    const expectedRising = rising(ref.side({}, '2010', '2015'), ref.side({}, '2020', '2024'), 3, 20);
    expect(risingRows.map((r) => r.slogan)).toEqual(expectedRising.map((s) => s.name));
    risingRows.forEach((r, i) => expect(r.z as number).toBeCloseTo(expectedRising[i]!.z, 9));
    const marks = await run('distinctiveSlogans', { place: '江苏省', alpha0: 100.0, limit: neo4j.int(20) });
    const sides = ref.sides({ place: '320000' }, null);
    const expected = distinctive(sides.subset, sides.reference, 20);
    expect(marks.map((r) => [r.slogan, r.subsetCount, r.referenceCount])).toEqual(expected.map((s) => [s.name, s.subsetCount, s.referenceCount]));
    marks.forEach((r, i) => expect(r.z as number).toBeCloseTo(expected[i]!.z, 9));
  });
});

describe('over GraphQL, in the shape the schema gives', () => {
  it('answers the timeline of several slogans, by level, and a slogan\'s own timeline and first use', async () => {
    const r = await gql(
      server,
      `{ timeline(slogans: ["两个确立", "四个意识", "不是提法"], by: YEAR, filter: { level: PROVINCIAL }) { slogan { name } points { period speeches share mentions } undated coarser }
         slogan(name: "两个确立") { timeline(by: QUARTER) { period speeches share mentions } firstUse { date speeches { id date level } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.timeline.map((t: { slogan: { name: string } }) => t.slogan.name)).toEqual([ESTABLISHED, '四个意识']);
    const expected = ref.timeline(ESTABLISHED, 'YEAR', { level: 'provincial' });
    expect(r.data!.timeline[0]).toEqual({ slogan: { name: ESTABLISHED }, ...expected });
    expect(r.data!.slogan.timeline).toEqual(ref.timeline(ESTABLISHED, 'QUARTER').points);
    expect(r.data!.slogan.firstUse).toEqual({ date: CENTRAL_FIRST, speeches: [{ id: ref.firstUse(ESTABLISHED)!.speechIds[0], date: CENTRAL_FIRST, level: 'CENTRAL' }] });
  });

  it('answers sloganDiffusion with places, lags, the never-adopters apart and the curve', async () => {
    const r = await gql(
      server,
      `{ sloganDiffusion(name: "两个确立", level: PROVINCIAL) { slogan { name } level origin { date } originLevel undated
           adoptions { place { code name } date lagDays speech { date } speechCount } curve { date adopted share } } }`,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.sloganDiffusion;
    expect(d).toMatchObject({ slogan: { name: ESTABLISHED }, level: 'PROVINCIAL', origin: { date: CENTRAL_FIRST }, originLevel: 'CENTRAL' });
    const expected = ref.diffusion(ESTABLISHED, 'provincial', CENTRAL_FIRST);
    expect(d.adoptions.map((a: { place: { code: string }; date: string | null; lagDays: number | null; speechCount: number }) => ({ code: a.place.code, date: a.date, lagDays: a.lagDays, speechCount: a.speechCount }))).toEqual(expected.adoptions);
    expect(d.adoptions[0].speech.date).toBe(d.adoptions[0].date);
    expect(d.curve).toEqual(expected.curve);
    const city = await gql(server, '{ sloganDiffusion(name: "两个确立", level: CITY, within: "江苏省") { originLevel adoptions { place { name } date } } }');
    expect(city.data!.sloganDiffusion.originLevel).toBe('PROVINCIAL');
    expect(city.data!.sloganDiffusion.adoptions.map((a: { place: { name: string } }) => a.place.name)).toEqual(['南京市', '苏州市']);
  });

  it('answers emerging, rising and distinctive slogans with scores and counts', async () => {
    const r = await gql(
      server,
      `{ emergingSlogans(from: "2020", to: "2021") { slogan { name } firstUse speeches }
         risingSlogans(before: { from: "2010", to: "2015" }, after: { from: "2020" }) { slogan { name } score z subsetCount referenceCount subsetShare referenceShare }
         distinctiveSlogans(subset: { place: "江苏省" }, first: 3) { slogan { name } score z subsetCount referenceCount subsetShare referenceShare } }`,
    );
    expect(r.errors).toBeUndefined();
    const strip = (s: { name: string; delta: number; z: number; subsetCount: number; referenceCount: number; subsetShare: number; referenceShare: number }) => ({
      slogan: { name: s.name }, score: s.delta, z: s.z, subsetCount: s.subsetCount, referenceCount: s.referenceCount, subsetShare: s.subsetShare, referenceShare: s.referenceShare,
    });
    expect(r.data!.risingSlogans).toEqual(rising(ref.side({}, '2010', '2015'), ref.side({}, '2020', null), 3, 20).map(strip));
    const sides = ref.sides({ place: '320000' }, null);
    expect(r.data!.distinctiveSlogans).toEqual(distinctive(sides.subset, sides.reference, 3).map(strip));
    expect(r.data!.emergingSlogans.map((e: { slogan: { name: string } }) => e.slogan.name).sort()).toEqual(ref.emerging('2020', '2021').map((e) => e.name).sort());
  });

  it('answers a client mistake with BAD_USER_INPUT', async () => {
    for (const query of [
      '{ emergingSlogans(from: "2021-13", to: "2022") { firstUse } }',
      '{ distinctiveSlogans(subset: {}) { score } }',
      '{ risingSlogans(before: { to: "1990" }, after: { from: "2020" }) { score } }',
      '{ sloganDiffusion(name: "两个确立", level: CITY, within: "不存在省") { undated } }',
      `{ timeline(slogans: [${Array.from({ length: 21 }, (_, i) => `"s${i}"`).join(', ')}]) { undated } }`,
    ]) {
      expect(errorCodes(await gql(server, query)), query).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('tifa export --what timeline|diffusion|distinctive --format csv', () => {
  const table = (csv: string) => csv.trim().split('\r\n').map((line) => line.split(','));

  it('writes the timeline, the diffusion and the distinctive slogans as tidy CSV', async () => {
    const t = await tifa('export', '--what', 'timeline', '--format', 'csv', '--slogans', `${ESTABLISHED},四个意识`, '--by', 'QUARTER', '--level', 'PROVINCIAL');
    expect(t.code).toBe(0);
    const rows = table(t.stdout);
    expect(rows[0]).toEqual(['slogan', 'period', 'speeches', 'share', 'mentions']);
    const expected = [ESTABLISHED, '四个意识'].flatMap((n) => ref.timeline(n, 'QUARTER', { level: 'provincial' }).points.map((p) => [n, p.period, String(p.speeches), String(p.share), String(p.mentions)]));
    expect(rows.slice(1)).toEqual(expected);
    expect(t.stderr).toMatch(/undated/);

    const d = await tifa('export', '--what', 'diffusion', '--format', 'csv', '--slogans', ESTABLISHED);
    expect(d.code).toBe(0);
    const spread = table(d.stdout);
    expect(spread[0]).toEqual(['slogan', 'level', 'place_code', 'place', 'first_use', 'lag_days', 'speech', 'speech_count', 'origin', 'origin_level']);
    expect(spread.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual(ref.diffusion(ESTABLISHED, 'provincial', CENTRAL_FIRST).adoptions.map((a) => [a.code, a.date ?? '', a.lagDays === null ? '' : String(a.lagDays)]));

    const x = await tifa('export', '--what', 'distinctive', '--format', 'csv', '--place', '江苏省', '--limit', '3');
    expect(x.code).toBe(0);
    const sides = ref.sides({ place: '320000' }, null);
    expect(table(x.stdout).slice(1).map((r) => r[0])).toEqual(distinctive(sides.subset, sides.reference, 3).map((s) => s.name));
  });

  it('names the mistake in the command\'s own words', async () => {
    const graphml = await tifa('export', '--what', 'timeline', '--slogans', ESTABLISHED);
    expect(graphml.code).not.toBe(0);
    expect(graphml.stderr).toMatch(/--format csv/);
    const none = await tifa('export', '--what', 'timeline', '--format', 'csv');
    expect(none.stderr).toMatch(/--slogans/);
    const by = await tifa('export', '--what', 'timeline', '--format', 'csv', '--slogans', ESTABLISHED, '--by', 'WEEK');
    expect(by.stderr).toMatch(/--by: by must be one of YEAR, QUARTER, MONTH/);
  });
});

describe('cooccurrenceTrend', () => {
  it('equals, period by period, the filtered co-occurrence of the pair over that period\'s speeches, at every scope', async () => {
    for (const scope of ['SPEECH', 'SECTION', 'SENTENCE'] as const) {
      const r = await gql(server, `{ cooccurrenceTrend(a: "四个意识", b: "双碳", scope: ${scope}, measure: NPMI) { period units aUnits bUnits support score } }`);
      expect(r.errors).toBeUndefined();
      const points = r.data!.cooccurrenceTrend as Array<{ period: string; support: number; score: number | null }>;
      expect(points.map((p) => p.period)).toEqual(ref.timeline('四个意识', 'YEAR').points.map((p) => p.period));
      for (const p of points) {
        const [pair] = await sloganCooccurrence(db, { scope, measure: 'NPMI', minSupport: 1, first: 10, slogan: '双碳', speeches: { dateFrom: p.period, dateTo: p.period }, via: 'full' }).then((pairs) => pairs.filter((x) => x.a === '双碳' && x.b === '四个意识'));
        expect(p.support, `${scope} ${p.period}`).toBe(pair?.support ?? 0);
        if (pair) expect(p.score!).toBeCloseTo(pair.score, 9);
        else expect(p.score).toBeNull();
      }
    }
    const npmi = (await gql(server, '{ cooccurrenceTrend(a: "四个意识", b: "双碳") { period score } }')).data!.cooccurrenceTrend;
    const analysts = await db.read(async (tx) =>
      (await tx.run(readFileSync(fileURLToPath(new URL('../cypher/queries/cooccurrenceTrend.cypher', import.meta.url)), 'utf8'), { a: '四个意识', b: '双碳' })).records.map((r) => recordToPlain<{ year: string; npmi: number | null }>(r)),
    );
    expect(analysts.map((r) => [r.year, r.npmi === null ? null : Math.round(r.npmi * 1e9)])).toEqual(npmi.map((p: { period: string; score: number | null }) => [p.period, p.score === null ? null : Math.round(p.score * 1e9)]));
    const speeches = (await gql(server, '{ cooccurrenceTrend(a: "四个意识", b: "双碳", measure: COUNT) { period support } }')).data!.cooccurrenceTrend;
    const both = (y: string) => corpus.filter((s) => s.date?.startsWith(y) && ['四个意识', '双碳'].every((n) => s.slogans.some((x) => x.name === n))).length;
    expect(speeches.map((p: { period: string; support: number }) => p.support)).toEqual(speeches.map((p: { period: string }) => both(p.period)));
    expect(speeches.find((p: { period: string }) => p.period === '2022').support).toBeGreaterThan(0);
  });
});
