import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGraph } from '../src/app/checkGraph.js';
import { extractToJsonl } from '../src/app/extractToJsonl.js';
import { importSpeeches, type ImportSummary } from '../src/app/importSpeeches.js';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { ingestJsonl } from '../src/app/ingestJsonl.js';
import { listSpeechFiles } from '../src/app/pipeline/speechFiles.js';
import { loadConfig, type Config } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import { cooccurrenceStateInTx } from '../src/graph/cooccurrence/maintenance.js';
import { openDatabase, type Database } from '../src/graph/database.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { freePort } from '../src/neo4j/freePort.js';
import { installNeo4j } from '../src/neo4j/installNeo4j.js';
import { localConnection, sharedInstanceHome, stopLocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { graphSnapshot } from './support/graphSnapshot.js';
import { runCli } from './support/runCli.js';
import { openTestDatabase } from './support/testDatabase.js';

// `tifa import` needs a local instance whose home it controls (it stops the database and replaces
// its store), so this file runs its own: a throwaway home with the jar cache linked in, on a free
// port. The same corpus — the example speeches as a folder, the held-out texts (places, speakers,
// HTML) as JSONL with one line twice — is imported there and ingested into the run's database,
// and the two graphs must be equal node for node, relationship for relationship, property for
// property (with Cypher types), derived co-occurrence data included. A third folder holds texts
// with given metadata (NAME.meta.json): a year-only central report, a report older than the
// People's Republic, a county text placed by its sidecar.
const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, 'examples/corpus');
const HELDOUT = resolve(REPO, 'src/extract/fixtures/heldout');
const MAX_FILE_BYTES = 20 * 1024 * 1024;

let home: string;
let config: Config;
let jsonl: string;
let given: string;
let summary: ImportSummary;
/** The speeches both loaders must store: every example file and every distinct held-out line. */
let speeches: number;
let imported: Database;

beforeAll(async () => {
  const base = loadConfig();
  const lib = await installNeo4j(base.local.cacheDir, base.local.version, () => {});
  home = mkdtempSync(join(tmpdir(), 'tifa-import-test-'));
  symlinkSync(lib, join(home, 'lib'));
  config = { ...base, neo4j: { ...base.neo4j, uri: null, database: undefined }, local: { ...base.local, cacheDir: home, boltPort: await freePort(), httpPort: 0 } };
  const lines: string[] = [];
  await extractToJsonl([HELDOUT], (line) => void lines.push(line), { maxFileBytes: MAX_FILE_BYTES, workers: 0 });
  jsonl = join(home, 'heldout.jsonl');
  writeFileSync(jsonl, [...lines, lines[0]].join('\n') + '\n');
  given = join(home, 'given');
  mkdirSync(given);
  const text = (name: string, body: string, meta: object): void => {
    writeFileSync(join(given, `${name}.txt`), body);
    writeFileSync(join(given, `${name}.meta.json`), JSON.stringify(meta));
  };
  text('central', '各位代表：\n现在，我代表国务院向大会报告工作。\n一、过去一年的工作\n我们坚持“四个意识”。\n', { date: '1954', genre: 'work_report', level: 'central' });
  text('older', '同志们：\n一、工作回顾\n坚持“两个维护”。\n', { date: '1921', genre: 'party_report', level: 'central' });
  text('county', '在全县重点任务部署会上的讲话\n同志们：\n一、提高站位\n增强“四个意识”。\n', { date: '2025-03', place: '昆山市', speaker: { name: '周伟', role: '市长' } });
  speeches = (await listSpeechFiles([CORPUS, given])).files.length + lines.length;
  summary = await importSpeeches(config, { paths: [CORPUS, given], jsonl: [jsonl], database: 'neo4j' });
  imported = openDatabase(localConnection({ uri: `bolt://127.0.0.1:${config.local.boltPort}` }, undefined));
});

afterAll(async () => {
  await imported?.close();
  if (home) {
    await stopLocalNeo4j(sharedInstanceHome(home));
    rmSync(home, { recursive: true, force: true });
  }
});

describe('tifa import', () => {
  it('writes exactly the graph tifa ingest writes from the same inputs, derived data included', async () => {
    expect(summary.speeches).toBe(speeches);
    expect(summary.duplicates).toBe(1);
    expect(summary.failures).toEqual([]);
    for (const phase of Object.values(summary.phases)) expect(phase).toBeGreaterThanOrEqual(0);

    const ingested = await openTestDatabase();
    try {
      await applySchema(ingested);
      const files = await ingestFiles(ingested, [CORPUS, given], { maxFileBytes: MAX_FILE_BYTES, concurrency: 2 });
      const lines = await ingestJsonl(ingested, [jsonl], { concurrency: 2 });
      expect(files.summary.new + lines.new).toBe(speeches);
      const [a, b] = [await graphSnapshot(imported), await graphSnapshot(ingested)];
      expect(a.nodes.length).toBe(b.nodes.length);
      expect(a.relationships.length).toBe(b.relationships.length);
      expect(a.nodes).toEqual(b.nodes);
      expect(a.relationships).toEqual(b.relationships);
      // The comparison covered the parts that distinguish the loaders' output.
      for (const label of ['Speech', 'Section', 'Slogan', 'Place', 'CooccurrenceState']) expect(a.nodes.some((n) => n.startsWith(`["${label}/`))).toBe(true);
      for (const type of ['MENTIONS', 'CO_OCCURS', 'SPOKEN_BY', 'PART_OF', 'FROM']) expect(a.relationships.some((r) => r.includes(`","${type}","`))).toBe(true);
      expect(a.nodes.some((n) => n.includes('["givenFields","LIST<STRING NOT NULL> NOT NULL",["date","speaker","level","place"]]'))).toBe(true);
      expect(a.relationships.filter((r) => r.startsWith('["Place/') && r.includes('","PART_OF","Place/100000"'))).not.toHaveLength(0);
      // Neither loader stores a co-occurrence ranking; the first reads store the same ones in both.
      expect(a.nodes.some((n) => n.startsWith('["CooccurrenceRanking/'))).toBe(false);
      for (const scope of ['SPEECH', 'SECTION', 'SENTENCE'] as const) {
        for (const [measure, minSupport] of [['NPMI', 2], ['COUNT', 1]] as const) {
          const q = { scope, measure, minSupport, first: 20 };
          expect(await sloganCooccurrence(imported, q)).toEqual(await sloganCooccurrence(ingested, q));
        }
      }
      const [ra, rb] = [await graphSnapshot(imported), await graphSnapshot(ingested)];
      expect(ra.nodes.filter((n) => n.startsWith('["CooccurrenceRanking/'))).toHaveLength(6);
      expect(ra.nodes).toEqual(rb.nodes);
    } finally {
      await ingested.close();
    }
  });

  it('leaves a sound graph whose co-occurrence fast path is on (tifa check passes)', async () => {
    const report = await checkGraph(imported);
    expect(report.problems).toEqual([]);
    const state = await imported.read((tx) => cooccurrenceStateInTx(tx));
    expect(state.usable).toBe(true);
    expect(state.pairs).toBe(summary.cooccurs);
    expect(state.totals.SPEECH).toBe(speeches);
  });

  it('refuses a database that holds nodes and leaves it as it was', async () => {
    const before = await graphSnapshot(imported);
    const saved = { uri: process.env.NEO4J_URI, home: process.env.TIFA_NEO4J_HOME, port: process.env.TIFA_NEO4J_PORT, http: process.env.TIFA_NEO4J_HTTP_PORT };
    delete process.env.NEO4J_URI;
    Object.assign(process.env, { TIFA_NEO4J_HOME: home, TIFA_NEO4J_PORT: String(config.local.boltPort), TIFA_NEO4J_HTTP_PORT: '0' });
    try {
      const run = await runCli('import', CORPUS);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/database "neo4j" of the local Neo4j .* holds \d+ nodes: tifa import only loads an empty database/);
    } finally {
      for (const [key, value] of [['NEO4J_URI', saved.uri], ['TIFA_NEO4J_HOME', saved.home], ['TIFA_NEO4J_PORT', saved.port], ['TIFA_NEO4J_HTTP_PORT', saved.http]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    expect(await graphSnapshot(imported)).toEqual(before);
  });

  it('refuses a database name Community does not serve, and a remote database', async () => {
    await expect(importSpeeches(config, { paths: [CORPUS], jsonl: [], database: 'speeches' })).rejects.toThrow(/Neo4j Community serves one user database, "neo4j"/);
    const remote = { ...config, neo4j: { ...config.neo4j, uri: 'neo4j+s://graph.example.org' } };
    await expect(importSpeeches(remote, { paths: [CORPUS], jsonl: [], database: 'neo4j' })).rejects.toThrow(/cannot import into NEO4J_URI/);
  });
});
