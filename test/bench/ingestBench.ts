// Ingest benchmark (a script, not a test): `npm run bench:ingest -- [--sizes 1000,10000] [--naive 200] [--concurrency 2]`.
// For each N it generates N synthetic speeches (deterministic), then on the same data and in the
// same run measures: extraction alone; the real pipeline `ingestSpeeches` (extraction overlapped
// with batched one-transaction-per-speech writes); the batched writer alone on pre-extracted
// speeches; and a naive loader (one auto-commit MERGE per mention) on the first --naive speeches,
// extrapolated per speech. Needs an EMPTY database: NEO4J_URI, or a throwaway local instance.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { extractSpeech } from '../../src/extract/extractSpeech.js';
import type { ExtractedSpeech } from '../../src/extract/types.js';
import { applySchema } from '../../src/graph/applySchema.js';
import { openDatabase, type Database } from '../../src/graph/database.js';
import { ingestSpeeches } from '../../src/graph/ingestSpeeches.js';
import { resolveDatabase } from '../../src/graph/resolveDatabase.js';
import { sectionNodeId, speechIdOf, speechRows } from '../../src/graph/speechRows.js';
import { generateCorpusTexts } from './syntheticCorpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    naive: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const naiveLimit = Number(values.naive);
const concurrency = Number(values.concurrency);
const seed = Number(values.seed);

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number): number => bytes / 1024 / 1024;

async function count(db: Database, query: string): Promise<number> {
  return db.read(async (tx) => (await tx.run(query)).records[0]!.get(0).toNumber());
}

async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:TifaTestDatabase CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

// The naive baseline: what a first loader usually looks like — one auto-commit query per mention.
const NAIVE = {
  speech: 'MERGE (sp:Speech {id: $id}) SET sp.title = $title, sp.source = $source, sp.text = $text',
  section: `MATCH (sp:Speech {id: $speechId}) MERGE (sec:Section {id: $id}) SET sec.heading = $heading, sec.level = $level
            MERGE (sp)-[:HAS_SECTION]->(sec)`,
  Slogan: 'MERGE (x:Slogan {name: $key})',
  Meeting: 'MERGE (x:Meeting {key: $key})',
  Person: 'MERGE (x:Person {name: $key})',
  Document: 'MERGE (x:Document {title: $key})',
  Term: 'MERGE (x:Term {name: $key})',
};
const NAIVE_MENTION: Record<string, string> = Object.fromEntries(
  (['Slogan:name', 'Meeting:key', 'Person:name', 'Document:title', 'Term:name'] as const).map((lk) => {
    const [label, key] = lk.split(':') as [string, string];
    return [
      label,
      `MATCH (sp:Speech {id: $speechId}) MERGE (x:${label} {${key}: $key})
       MERGE (sp)-[m:MENTIONS]->(x) ON CREATE SET m.count = 1, m.offsets = [$offset] ON MATCH SET m.count = m.count + 1, m.offsets = m.offsets + $offset
       WITH x MATCH (sec:Section {id: $sectionId})
       MERGE (sec)-[n:MENTIONS]->(x) ON CREATE SET n.count = 1 ON MATCH SET n.count = n.count + 1`,
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
  try {
    for (const x of speeches) {
      const speechId = speechIdOf(x.sha256);
      await run(NAIVE.speech, { id: speechId, title: x.title, source: x.source, text: x.text });
      for (const s of x.sections) await run(NAIVE.section, { speechId, id: sectionNodeId(speechId, s.id), heading: s.heading, level: neo4j.int(s.level) });
      const mentions: Array<[string, string, { start: number; sectionId: string | null }]> = [
        ...x.slogans.flatMap((f) => f.mentions.map((m) => ['Slogan', f.name, m] as [string, string, typeof m])),
        ...x.meetings.flatMap((f) => f.mentions.map((m) => ['Meeting', f.key, m] as [string, string, typeof m])),
        ...x.persons.flatMap((f) => f.mentions.map((m) => ['Person', f.name, m] as [string, string, typeof m])),
        ...x.documents.flatMap((f) => f.mentions.map((m) => ['Document', f.title, m] as [string, string, typeof m])),
        ...x.terms.map((t) => ['Term', t.term, { start: 0, sectionId: null }] as [string, string, { start: number; sectionId: null }]),
      ];
      for (const [label, key, m] of mentions) {
        await run(NAIVE_MENTION[label]!, { speechId, key, offset: neo4j.int(m.start), sectionId: m.sectionId === null ? '' : sectionNodeId(speechId, m.sectionId) });
      }
    }
  } finally {
    await session.close();
  }
  return queries;
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
  return `| ${cells.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(1)) : c)).join(' | ')} |`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const resolved = await resolveDatabase(config, { mode: 'ephemeral', log: (l) => console.error(`[neo4j] ${l}`) });
  const db = openDatabase(resolved);
  const lines: string[] = [];
  try {
    await db.verify();
    const existing = await count(db, 'MATCH (n) WHERE NOT n:TifaTestDatabase RETURN count(n)');
    if (existing > 0) throw new Error(`refusing to benchmark on ${resolved.uri}: it holds ${existing} nodes (use an empty database)`);
    await applySchema(db);
    console.log(`Neo4j: ${resolved.description}; node ${process.version}; concurrency ${concurrency}; seed ${seed}`);
    const realDir = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');
    if (existsSync(realDir)) {
      const real = readdirSync(realDir).sort().map((f) => extractSpeech({ text: readFileSync(resolve(realDir, f), 'utf8'), source: f }));
      console.log(`real corpus (../shared/corpus, ${real.length} speeches): ${profile(real)}`);
    }
    lines.push(row(['N', 'phase', 'speeches', 'seconds', 'speeches/s', 'MB/s', 'peak RSS MB', 'notes']));
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const n of sizes) {
      const corpus = generateCorpusTexts(n, seed);
      const byName = new Map(corpus.map((c) => [c.source, c.text]));
      const bytes = corpus.reduce((s, c) => s + Buffer.byteLength(c.text, 'utf8'), 0);
      console.error(`N=${n}: ${mb(bytes).toFixed(1)} MB of synthetic text`);

      let t = performance.now();
      const extracted = corpus.map((c) => extractSpeech({ text: c.text, source: c.source }));
      let s = (performance.now() - t) / 1000;
      lines.push(row([n, 'extract only', n, s, n / s, mb(bytes) / s, rssMb(), 'no database']));
      console.log(`synthetic N=${n}: ${profile(extracted)}`);

      await wipe(db);
      const pipeline = await ingestSpeeches(db, [...byName.keys()], {
        concurrency,
        extract: (name) => ({ ok: true, speech: extractSpeech({ text: byName.get(name)!, source: name }) }),
      });
      if (pipeline.failed > 0) throw new Error(`pipeline failed on ${pipeline.failed} speeches: ${pipeline.failures[0]?.reason}`);
      const mentions = await count(db, 'MATCH ()-[m:MENTIONS]->() RETURN count(m)');
      lines.push(row([n, 'tifa ingest pipeline (extract + write)', pipeline.new, pipeline.seconds, pipeline.new / pipeline.seconds, mb(bytes) / pipeline.seconds, rssMb(), `${mentions} MENTIONS, CO_OCCURS ${pipeline.cooccurs}`]));

      await wipe(db);
      const pre = new Map(extracted.map((x) => [x.source, x]));
      const writeOnly = await ingestSpeeches(db, [...pre.keys()], { concurrency, extract: (name) => ({ ok: true, speech: pre.get(name)! }), materialise: false });
      const batchedRate = writeOnly.new / writeOnly.seconds;
      lines.push(row([n, 'batched writer only (pre-extracted)', writeOnly.new, writeOnly.seconds, batchedRate, mb(bytes) / writeOnly.seconds, rssMb(), 'one tx per speech, UNWIND … MERGE']));

      await wipe(db);
      const subset = extracted.slice(0, Math.min(naiveLimit, n));
      t = performance.now();
      const queries = await naiveLoad(db, subset);
      s = (performance.now() - t) / 1000;
      const naiveRate = subset.length / s;
      const subsetBytes = subset.reduce((sum, x) => sum + Buffer.byteLength(x.text, 'utf8'), 0);
      lines.push(
        row([n, 'naive loader (auto-commit MERGE per mention)', subset.length, s, naiveRate, mb(subsetBytes) / s, rssMb(),
          `${queries} queries; extrapolated to N: ${(n / naiveRate).toFixed(0)} s; batched is ${(batchedRate / naiveRate).toFixed(1)}× faster`]),
      );
      await wipe(db);
      console.error(lines.at(-1));
    }
    console.log(lines.join('\n'));
  } finally {
    await db.close();
    await resolved.stop();
  }
}

await main();
