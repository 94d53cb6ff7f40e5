// Ingest benchmark (a script, not a test):
//   `npm run bench:ingest -- [--speeches 10000 | --sizes 1000,10000] [--corpus seed|synthetic] [--python 20] [--workers N] [--concurrency 1] [--rounds 2]`.
// --corpus seed (default): the ingest measurement — the seed speeches replicated to N real-size
// files (test/bench/seedCorpus.ts), loaded by `tifa ingest`'s use case (worker threads, batched
// transactions), then in the same run the Python baseline (tools/bench/pyLoader.py) on the first
// --python files, and the ratio (the Python line is skipped, with the reason, when its packages
// are missing). --rounds: loads of each size, the first into the freshly started server, the
// others into the emptied graph on the same, warm, server (a fresh JVM spends ~30 CPU-s compiling
// Neo4j's write path, once per server start); `tifa check` must pass after each.
// --corpus synthetic: the phases below.
// For each N it generates N synthetic speeches (deterministic), then on the same data and in the
// same run measures: extraction alone; the real pipeline `ingestSpeeches` (extraction overlapped
// with batched one-transaction-per-speech writes); the batched writer alone on pre-extracted
// speeches; and a naive loader (one auto-commit MERGE per mention) on the first --naive speeches,
// extrapolated per speech. Needs an EMPTY database: NEO4J_URI, or a throwaway local instance.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { extractSpeech } from '../../src/extract/extractSpeech.js';
import type { ExtractedSpeech, Mention } from '../../src/extract/types.js';
import { applySchema } from '../../src/graph/applySchema.js';
import { openDatabase, type Database } from '../../src/graph/database.js';
import { defaultWorkers } from '../../src/app/pipeline/extractPool.js';
import { ingestSpeeches } from '../../src/app/pipeline/ingestSpeeches.js';
import { startTestNeo4j } from '../support/testNeo4j.js';
import { sectionNodeId, speechRows } from '../../src/graph/write/speechRows.js';
import { emptyGraph, TEST_MARKER } from '../support/emptyGraph.js';
import { seedIngestRun } from './seedIngestRun.js';
import { generateCorpusTexts } from './syntheticCorpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    speeches: { type: 'string' },
    corpus: { type: 'string', default: 'seed' },
    python: { type: 'string', default: '20' },
    workers: { type: 'string', default: String(defaultWorkers()) },
    naive: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '1' }, // tifa ingest's default
    rounds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = (values.speeches ?? values.sizes).split(',').map(Number);
if (values.corpus !== 'seed' && values.corpus !== 'synthetic') throw new Error(`--corpus is seed or synthetic, got "${values.corpus}"`);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds is a whole number ≥ 1, got "${values.rounds}"`);
const naiveLimit = Number(values.naive);
const concurrency = Number(values.concurrency);
const seed = Number(values.seed);

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number): number => bytes / 1024 / 1024;

async function count(db: Database, query: string): Promise<number> {
  return db.read(async (tx) => (await tx.run(query)).records[0]!.get(0).toNumber());
}

// The naive baseline: what a first loader usually looks like — one auto-commit query per mention
// (per occurrence for slogans, meetings, persons and documents; per speech or section for terms,
// which the extractor gives as counts), writing the same graph as the batched writer (checked).
const MENTION_SET = `ON CREATE SET m.count = 1, m.offsets = [$start], m.ends = [$end], m.sentences = [$sentence]
  ON MATCH SET m.count = m.count + 1, m.offsets = m.offsets + $start, m.ends = m.ends + $end, m.sentences = m.sentences + $sentence`;
const NAIVE = {
  speech: 'MERGE (sp:Speech {id: $p.id}) SET sp += $p',
  topSection: 'MATCH (sp:Speech {id: $speechId}) MERGE (sec:Section {id: $id}) SET sec += $props MERGE (sp)-[:HAS_SECTION]->(sec)',
  childSection: 'MATCH (p:Section {id: $parent}) MERGE (sec:Section {id: $id}) SET sec += $props MERGE (p)-[:HAS_SECTION]->(sec)',
  member: 'MATCH (s:Slogan {name: $name}) MERGE (c:Concept {name: $member}) MERGE (s)-[:HAS_MEMBER]->(c)',
  variant: 'MATCH (s:Slogan {name: $name}) MERGE (v:SloganVariant {name: $variant}) MERGE (v)-[:VARIANT_OF]->(s)',
  venue: 'MATCH (sp:Speech {id: $speechId}), (m:Meeting {key: $key}) MERGE (sp)-[:DELIVERED_AT]->(m)',
  speechTerm: `MATCH (c:Speech {id: $container}) MERGE (x:Term {name: $name})
         MERGE (c)-[m:MENTIONS]->(x) SET m.count = $count, m.weight = $weight, m.textrank = $textrank, m.offsets = $offsets, m.ends = $ends, m.sentences = $sentences`,
  sectionTerm: `MATCH (c:Section {id: $container}) MERGE (x:Term {name: $name})
         MERGE (c)-[m:MENTIONS]->(x) SET m.count = $count, m.weight = $weight, m.textrank = $textrank, m.offsets = $offsets, m.ends = $ends, m.sentences = $sentences`,
};
const NAIVE_MENTION: Record<string, string> = Object.fromEntries(
  (['Slogan:name', 'Meeting:key', 'Person:name', 'Document:title'] as const).map((lk) => {
    const [label, key] = lk.split(':') as [string, string];
    return [
      label,
      `MATCH (sp:Speech {id: $speechId}) MERGE (x:${label} {${key}: $key}) ON CREATE SET x += $props
       MERGE (sp)-[m:MENTIONS]->(x) ${MENTION_SET}
       WITH x MATCH (sec:Section {id: $sectionId})
       MERGE (sec)-[m:MENTIONS]->(x) ${MENTION_SET}`,
    ];
  }),
);

async function naiveLoad(db: Database, speeches: ExtractedSpeech[]): Promise<number> {
  const session = db.driver.session({ database: db.database });
  let queries = 0;
  const run = async (q: string, p: Record<string, unknown>): Promise<void> => {
    await session.run(q, p);
    queries++;
  };
  const int = (n: number) => neo4j.int(n);
  try {
    for (const x of speeches) {
      const rows = speechRows(x);
      const speechId = rows.speech.id;
      await run(NAIVE.speech, { p: { ...rows.speech, sentenceStarts: rows.sentenceStarts.map(int), sentenceEnds: rows.sentenceEnds.map(int) } });
      for (const s of rows.sections) {
        await run(s.parent === null ? NAIVE.topSection : NAIVE.childSection, { speechId, id: s.id, parent: s.parent, props: s.props });
      }
      const findings: Array<[string, string, Record<string, unknown>, Mention[]]> = [
        ...x.slogans.map((f) => ['Slogan', f.name, { kind: f.kind }, f.mentions] as [string, string, Record<string, unknown>, Mention[]]),
        ...x.meetings.map((f) => ['Meeting', f.key, { name: f.name, level: f.level, anonymized: f.anonymized }, f.mentions] as [string, string, Record<string, unknown>, Mention[]]),
        ...x.persons.map((f) => ['Person', f.name, {}, f.mentions] as [string, string, Record<string, unknown>, Mention[]]),
        ...x.documents.map((f) => ['Document', f.title, { kind: f.kind }, f.mentions] as [string, string, Record<string, unknown>, Mention[]]),
      ];
      for (const [label, key, props, mentions] of findings) {
        for (const m of mentions) {
          await run(NAIVE_MENTION[label]!, {
            speechId, key, props, start: int(m.start), end: int(m.end), sentence: int(m.sentence),
            sectionId: m.sectionId === null ? '' : sectionNodeId(speechId, m.sectionId),
          });
        }
      }
      for (const f of rows.slogans) {
        for (const member of f.members) await run(NAIVE.member, { name: f.name, member });
        for (const variant of f.variants) await run(NAIVE.variant, { name: f.name, variant });
      }
      if (rows.venueKey !== null) await run(NAIVE.venue, { speechId, key: rows.venueKey });
      for (const t of rows.terms) {
        for (const [container, r] of [[speechId, t] as const, ...t.sections.map((s) => [s.section, s] as const)]) {
          await run(container === speechId ? NAIVE.speechTerm : NAIVE.sectionTerm, { container, name: t.name, count: r.count, weight: r.weight, textrank: r.textrank, offsets: r.offsets.map(int), ends: r.ends.map(int), sentences: r.sentences.map(int) });
        }
      }
    }
  } finally {
    await session.close();
  }
  return queries;
}

async function graphSize(db: Database): Promise<string> {
  const nodes = await count(db, `MATCH (n) WHERE NOT n:${TEST_MARKER} RETURN count(n)`);
  const rels = await count(db, 'MATCH ()-[r]->() RETURN count(r)');
  return `${nodes} nodes / ${rels} relationships`;
}

/** Per-speech averages, to show the synthetic corpus looks like the real one. */
function profile(speeches: ExtractedSpeech[]): string {
  const n = speeches.length;
  const avg = (f: (x: ExtractedSpeech) => number): string => (speeches.reduce((s, x) => s + f(x), 0) / n).toFixed(1);
  const mentions = (x: ExtractedSpeech): number => [...x.slogans, ...x.meetings, ...x.persons, ...x.documents].reduce((s, f) => s + f.count, 0);
  return `${avg((x) => Buffer.byteLength(x.text, 'utf8') / 1024)} KB, ${avg((x) => x.slogans.length)} slogans, ${avg((x) => x.meetings.length)} meetings, ` +
    `${avg(mentions)} slogan/meeting/person/document mentions, ${avg((x) => speechRows(x).mentionCount)} MENTIONS relationships per speech`;
}

function row(cells: Array<string | number>): string {
  const line = `| ${cells.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(1)) : c)).join(' | ')} |`;
  console.error(line); // as soon as measured: a long run that fails later keeps what it measured
  return line;
}


async function main(): Promise<void> {
  const config = loadConfig();
  const resolved = await startTestNeo4j(config, (l) => console.error(`[neo4j] ${l}`));
  const db = openDatabase(resolved);
  const lines: string[] = [];
  try {
    await db.verify();
    const existing = await count(db, `MATCH (n) WHERE NOT n:${TEST_MARKER} RETURN count(n)`);
    if (existing > 0) throw new Error(`refusing to benchmark on ${resolved.uri}: it holds ${existing} nodes (use an empty database)`);
    await applySchema(db);
    console.log(`Neo4j: ${resolved.description}; node ${process.version}; concurrency ${concurrency}; seed ${seed}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const realDir = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');
    if (existsSync(realDir)) {
      const real = readdirSync(realDir).sort().map((f) => extractSpeech({ text: readFileSync(resolve(realDir, f), 'utf8'), source: f }));
      console.log(`real corpus (../shared/corpus, ${real.length} speeches): ${profile(real)}`);
    }
    lines.push(row(['N', 'phase', 'speeches', 'seconds', 'speeches/s', 'MB/s', 'peak RSS MB', 'notes']));
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    if (values.corpus === 'seed') {
      lines.push(
        ...(await seedIngestRun(db, resolved, {
          sizes, python: Number(values.python), workers: Number(values.workers), concurrency, rounds, row,
        })),
      );
    }
    for (const n of values.corpus === 'synthetic' ? sizes : []) {
      const corpus = generateCorpusTexts(n, seed);
      const byName = new Map(corpus.map((c) => [c.source, c.text]));
      const bytes = corpus.reduce((s, c) => s + Buffer.byteLength(c.text, 'utf8'), 0);
      console.error(`N=${n}: ${mb(bytes).toFixed(1)} MB of synthetic text`);

      let t = performance.now();
      const extracted = corpus.map((c) => extractSpeech({ text: c.text, source: c.source }));
      let s = (performance.now() - t) / 1000;
      lines.push(row([n, 'extract only', n, s, n / s, mb(bytes) / s, rssMb(), 'no database']));
      console.log(`synthetic N=${n}: ${profile(extracted)}`);

      await emptyGraph(db);
      const pipeline = await ingestSpeeches(db, [...byName.keys()], {
        concurrency,
        extract: (name) => ({ ok: true, speech: extractSpeech({ text: byName.get(name)!, source: name }) }),
      });
      if (pipeline.failed > 0) throw new Error(`pipeline failed on ${pipeline.failed} speeches: ${pipeline.failures[0]?.reason}`);
      const mentions = await count(db, 'MATCH ()-[m:MENTIONS]->() RETURN count(m)');
      lines.push(row([n, 'tifa ingest pipeline (extract + write)', pipeline.new, pipeline.seconds, pipeline.new / pipeline.seconds, mb(bytes) / pipeline.seconds, rssMb(), `${mentions} MENTIONS, CO_OCCURS ${pipeline.cooccurs}`]));

      await emptyGraph(db);
      const pre = new Map(extracted.map((x) => [x.source, x]));
      const writeOnly = await ingestSpeeches(db, [...pre.keys()], { concurrency, extract: (name) => ({ ok: true, speech: pre.get(name)! }), materialise: false });
      const batchedRate = writeOnly.new / writeOnly.seconds;
      lines.push(row([n, 'batched writer only (pre-extracted)', writeOnly.new, writeOnly.seconds, batchedRate, mb(bytes) / writeOnly.seconds, rssMb(), 'one tx per speech, UNWIND … MERGE']));

      await emptyGraph(db);
      const subset = extracted.slice(0, Math.min(naiveLimit, n));
      const sub = new Map(subset.map((x) => [x.source, x]));
      await ingestSpeeches(db, [...sub.keys()], { concurrency, extract: (name) => ({ ok: true, speech: sub.get(name)! }), materialise: false });
      const batchedSize = await graphSize(db);
      await emptyGraph(db);
      t = performance.now();
      const queries = await naiveLoad(db, subset);
      s = (performance.now() - t) / 1000;
      const naiveSize = await graphSize(db);
      if (naiveSize !== batchedSize) console.error(`WARNING: the naive loader wrote ${naiveSize}, the batched writer ${batchedSize} on the same ${subset.length} speeches`);
      const naiveRate = subset.length / s;
      const subsetBytes = subset.reduce((sum, x) => sum + Buffer.byteLength(x.text, 'utf8'), 0);
      lines.push(
        row([n, 'naive loader (auto-commit query per mention)', subset.length, s, naiveRate, mb(subsetBytes) / s, rssMb(),
          `${queries} queries (${(queries / subset.length).toFixed(0)}/speech); same graph as batched: ${naiveSize === batchedSize ? 'yes' : 'NO'} (${naiveSize}); ` +
          `extrapolated to N=${n}: ${(n / naiveRate).toFixed(0)} s; batched writer is ${(batchedRate / naiveRate).toFixed(1)}× faster`]),
      );
      await emptyGraph(db);
    }
    console.log(lines.join('\n'));
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${availableParallelism()} cores)`);
  } finally {
    await db.close();
    await resolved.stop();
  }
}

await main();
