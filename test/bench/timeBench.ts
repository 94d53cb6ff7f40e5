// The time questions at scale: a graph of N short synthetic speeches (default 20,000) with delivery
// dates spread over 20 years (days, some months, years and none) and places at three levels, written
// through writeSpeeches (the ingest write: the rate is printed), then each question asked over
// GraphQL by 8 concurrent clients for a few seconds, uncached; p50/p95 printed beside the target.
// Usage: npm run bench:time -- [--speeches 20000] [--seconds 5] [--connections 8]
import { pino } from 'pino';
import { createApiServer } from '../../src/api/http/createApiServer.js';
import { loadConfig } from '../../src/config.js';
import { extractSpeech } from '../../src/extract/extractSpeech.js';
import { ancestorsOf, placeByCode } from '../../src/extract/places/gazetteer.js';
import type { ExtractedSpeech, PlaceFinding } from '../../src/extract/types.js';
import { applySchema } from '../../src/graph/applySchema.js';
import { openDatabase } from '../../src/graph/database.js';
import { writeSpeeches } from '../../src/graph/write/writeSpeeches.js';
import { startTestNeo4j } from '../support/testNeo4j.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('speeches', 20_000);
const SECONDS = arg('seconds', 5);
const CONNECTIONS = arg('connections', 8);

// Deterministic pseudo-random numbers (a linear congruential generator), so two runs build the same graph.
let seed = 20_261_207;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Slogans of the lexicon with the year they start being used.
const SLOGANS: Array<[string, number]> = [
  ['三个代表', 2000], ['三农', 2004], ['走出去', 2000], ['十二五', 2010], ['十三五', 2015], ['十四五', 2020], ['十五五', 2025], ['四风', 2013], ['八项规定', 2013],
  ['四个全面', 2015], ['五位一体', 2012], ['一带一路', 2014], ['两学一做', 2016], ['四个意识', 2016], ['四个自信', 2016], ['两个维护', 2018], ['两个确立', 2021],
  ['六稳', 2018], ['六保', 2020], ['放管服', 2015], ['最多跑一次', 2017], ['一网通办', 2018], ['双碳', 2020], ['两个一百年', 2012], ['三严三实', 2015],
  ['不忘初心、牢记使命', 2019], ['过紧日子', 2019], ['第一议题', 2019], ['两不愁三保障', 2016], ['一岗双责', 2010], ['三会一课', 2010], ['双一流', 2017],
];

function places(): PlaceFinding[] {
  const codes: string[] = [];
  for (let p = 11; p <= 65; p++) {
    for (let c = 0; c <= 12; c++) for (let z = 0; z <= (c === 0 ? 0 : 8); z++) codes.push(`${p}${String(c).padStart(2, '0')}${String(z).padStart(2, '0')}`);
  }
  return codes.flatMap((code) => {
    const p = placeByCode(code);
    return p ? [{ code: p.code, name: p.name, level: p.level, within: ancestorsOf(code).map((a) => ({ code: a.code, name: a.name, level: a.level })) }] : [];
  });
}

function corpus(): ExtractedSpeech[] {
  const all = places();
  const byLevel = (level: string) => all.filter((p) => p.level === level);
  const [provinces, cities, counties] = [byLevel('provincial'), byLevel('city'), byLevel('county')];
  const out: ExtractedSpeech[] = [];
  for (let i = 0; i < N; i++) {
    const year = 2006 + Math.floor(random() * 20);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const r = random();
    const date = r < 0.8 ? `${year}-${month}-${day}` : r < 0.9 ? `${year}-${month}` : r < 0.95 ? String(year) : null;
    const l = random();
    const place = l < 0.05 ? null : pick(l < 0.35 ? provinces : l < 0.7 ? cities : counties);
    const used = SLOGANS.filter(([, from]) => from <= year && random() < 0.25).map(([name]) => name);
    const text = `第${i}号文稿\n同志们：\n一、总体要求\n${used.map((s) => `要坚持“${s}”。`).join('') || '要把工作做好。'}\n二、重点工作\n${used.slice(0, 2).map((s) => `落实“${s}”。`).join('')}\n`;
    out.push({ ...extractSpeech({ text, source: `bench:time/${i}` }), date, place, level: place ? place.level : 'central', genre: 'work_report' });
  }
  return out;
}

const QUESTIONS: Array<{ name: string; target: number; query: string }> = [
  { name: 'timeline (one slogan, YEAR)', target: 20, query: '{ slogan(name: "四个意识") { timeline { period share } } }' },
  { name: 'timeline (3 slogans, PROVINCIAL)', target: 20, query: '{ timeline(slogans: ["四个意识", "两个确立", "双碳"], filter: { level: PROVINCIAL }) { points { period share } } }' },
  { name: 'firstUse', target: 20, query: '{ slogan(name: "两个确立") { firstUse { date } } }' },
  { name: 'sloganDiffusion PROVINCIAL', target: 50, query: '{ sloganDiffusion(name: "两个确立", level: PROVINCIAL) { adoptions { date lagDays speechCount } } }' },
  { name: 'co-occurrence, one year', target: 50, query: '{ sloganCooccurrence(filter: { dateFrom: "2021", dateTo: "2021" }) { support score } }' },
  { name: 'co-occurrence, one province', target: 50, query: '{ sloganCooccurrence(filter: { place: "江苏省" }) { support score } }' },
  { name: 'distinctiveSlogans (a province)', target: 150, query: '{ distinctiveSlogans(subset: { place: "江苏省" }) { score z } }' },
  { name: 'risingSlogans', target: 150, query: '{ risingSlogans(before: { from: "2012", to: "2016" }, after: { from: "2021" }) { score } }' },
  { name: 'emergingSlogans', target: 150, query: '{ emergingSlogans(from: "2018", to: "2021") { firstUse } }' },
  { name: 'cooccurrenceTrend', target: 150, query: '{ cooccurrenceTrend(a: "四个意识", b: "两个维护") { period score } }' },
];

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main(): Promise<void> {
  const config = loadConfig();
  const neo = await startTestNeo4j(config, (line) => console.error(`[neo4j] ${line}`));
  const db = openDatabase(neo);
  try {
    await applySchema(db);
    let t = performance.now();
    const speeches = corpus();
    console.log(`extracted ${N} synthetic speeches in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    for (let i = 0; i < speeches.length; i += 200) await writeSpeeches(db, speeches.slice(i, i + 200));
    const s = (performance.now() - t) / 1000;
    console.log(`writeSpeeches: ${N} speeches in ${s.toFixed(1)} s (${(N / s).toFixed(0)} speeches/s)`);
    const server = await createApiServer({ db, config: { ...config.server, host: '127.0.0.1', port: 0, analyticsCacheEntries: 0 }, logger: pino({ level: 'silent' }) });
    try {
      console.log(`| question | p50 ms | p95 ms | target p95 ms | requests | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
      for (const q of QUESTIONS) {
        const body = JSON.stringify({ query: q.query });
        const ask = async (): Promise<number> => {
          const start = performance.now();
          const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const json = (await res.json()) as { errors?: unknown[] };
          if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
          return performance.now() - start;
        };
        await ask(); // plan the queries once
        const times: number[] = [];
        let errors = 0;
        const end = performance.now() + SECONDS * 1000;
        await Promise.all(
          Array.from({ length: CONNECTIONS }, async () => {
            while (performance.now() < end) times.push(await ask().catch((e: unknown) => (errors++, console.error(String(e)), NaN)));
          }),
        );
        const ok = times.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
        console.log(`| ${q.name} | ${quantile(ok, 0.5).toFixed(1)} | ${quantile(ok, 0.95).toFixed(1)} | ${q.target} | ${ok.length} | ${errors} |`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
    await neo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
