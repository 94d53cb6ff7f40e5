import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { graphNeighbourhood } from '../src/app/views/graphNeighbourhood.js';
import { loadConfig } from '../src/config.js';
import { listAnalystQueries } from '../src/graph/query/analystQueries.js';
import type { Database } from '../src/graph/database.js';
import { createReadRepository } from '../src/graph/read/createReadRepository.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { ingestSharedCorpus, tifa } from './support/corpusGraph.js';
import { openTestDatabase } from './support/testDatabase.js';

// Exports and `tifa query` on ../shared/corpus, as a user runs them (child processes on the
// integration run's Neo4j) and over HTTP; every export is parsed back with a real XML parser.
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'key', 'attribute', 'attvalue', 'data'].includes(name) });

let db: Database;
let out: string;
let server: ApiServer;

beforeAll(async () => {
  db = await openTestDatabase();
  expect(await ingestSharedCorpus(db)).toBe(5);
  out = mkdtempSync(join(tmpdir(), 'tifa-export-'));
  const config = { ...loadConfig().server, port: 0, apiToken: null };
  server = await createApiServer({ db, config, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

// The database's own numbers for each view the exports are compared with.
async function cooccurrenceCounts() {
  const pairs = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 200 });
  return { nodes: new Set(pairs.flatMap((p) => [p.a, p.b])).size, edges: pairs.length };
}
async function wholeGraphCounts() {
  return db.read(async (tx) => {
    const r = (await tx.run('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS edges')).records[0]!;
    return { nodes: r.get('nodes').toNumber() as number, edges: r.get('edges').toNumber() as number };
  });
}
const graphmlCounts = (text: string) => {
  const g = xml.parse(text).graphml.graph;
  return { nodes: (g.node ?? []).length as number, edges: (g.edge ?? []).length as number };
};
const gexfCounts = (text: string) => {
  const g = xml.parse(text).gexf.graph;
  return { nodes: (g.nodes.node ?? []).length as number, edges: (g.edges?.edge ?? []).length as number };
};

describe('tifa export', () => {
  it('graphml of the co-occurrence network parses back with the database’s slogans and pairs', async () => {
    const file = join(out, 'co.graphml');
    const r = await tifa('export', '--format', 'graphml', '--out', file);
    expect(r.code, r.stderr).toBe(0);
    const expected = await cooccurrenceCounts();
    expect(expected.edges).toBeGreaterThan(10);
    expect(graphmlCounts(readFileSync(file, 'utf8'))).toEqual(expected);
    expect(r.stderr).toContain(`exported ${expected.nodes} nodes and ${expected.edges} edges`);
  });

  it('gexf of the whole graph (stdout) parses back with every node and relationship', async () => {
    const r = await tifa('export', '--format', 'gexf', '--what', 'full');
    expect(r.code, r.stderr).toBe(0);
    expect(gexfCounts(r.stdout)).toEqual(await wholeGraphCounts());
    expect(r.stdout).toContain('四个意识');
  });

  it('graphml of a neighbourhood matches the graph query’s view', async () => {
    const view = await graphNeighbourhood(createReadRepository(db), 'slogan:四个意识', 1, 200, null);
    const r = await tifa('export', '--format', 'graphml', '--what', 'neighbourhood', '--seed', 'slogan:四个意识');
    expect(r.code, r.stderr).toBe(0);
    expect(graphmlCounts(r.stdout)).toEqual({ nodes: view.nodes.length, edges: view.edges.length });
  });

  it('csv writes the nodes and relationships files of neo4j-admin import with one row per element', async () => {
    const dir = join(out, 'csv');
    const r = await tifa('export', '--format', 'csv', '--what', 'full', '--out', dir);
    expect(r.code, r.stderr).toBe(0);
    const nodes = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    const rels = readFileSync(join(dir, 'relationships.csv'), 'utf8');
    expect(nodes.split('\n')[0]).toMatch(/^:ID,.*chars:long.*,:LABEL$/);
    expect(rels.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,.*count:long/);
    const counts = await wholeGraphCounts();
    // Speech texts hold line breaks inside quoted fields: count records, not lines.
    expect(nodes.match(/,(?:[A-Za-z]+)(?:;[A-Za-z]+)*\n/g)!.length).toBe(counts.nodes);
    expect(rels.trimEnd().split('\n').length - 1).toBe(counts.edges);
  });

  it('gexf of the network over the speeches of one level parses back with the filtered pairs', async () => {
    const r = await tifa('export', '--format', 'gexf', '--level', 'city');
    expect(r.code, r.stderr).toBe(0);
    const pairs = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 200, speeches: { level: 'city' } });
    expect(pairs.length).toBeGreaterThan(0);
    expect(gexfCounts(r.stdout)).toEqual({ nodes: new Set(pairs.flatMap((p) => [p.a, p.b])).size, edges: pairs.length });
    expect(pairs.length).not.toBe((await cooccurrenceCounts()).edges);
    const bad = await tifa('export', '--date-from', '2018-13');
    expect(bad.stderr).toBe('tifa: --date-from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "2018-13"\n');
  });

  it('reports bad options as one line naming the option, and writes nothing', async () => {
    const file = join(out, 'bad.gexf');
    const r = await tifa('export', '--format', 'gexf', '--measure', 'PMX', '--out', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tifa: measure must be one of COUNT, JACCARD, PMI, NPMI, LIFT, got "PMX"\n');
    expect(() => readFileSync(file)).toThrow();
    const seed = await tifa('export', '--what', 'neighbourhood', '--seed', 'slogan:不存在的提法');
    expect(seed.stderr).toBe('tifa: no slogan "不存在的提法" in the graph\n');
  });
});

describe('GET /export/<what>.<ext>', () => {
  it('streams gexf and cyjs of the co-occurrence network with the database’s counts', async () => {
    const expected = await cooccurrenceCounts();
    const gexf = await fetch(`${server.url}/export/cooccurrence.gexf`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toContain('application/gexf+xml');
    expect(gexf.headers.get('content-disposition')).toBe('attachment; filename="cooccurrence.gexf"');
    expect(gexfCounts(await gexf.text())).toEqual(expected);
    const cyjs = (await (await fetch(`${server.url}/export/cooccurrence.cyjs?measure=count`)).json()) as { elements: { nodes: Array<{ data: { speeches: number } }>; edges: unknown[] } };
    expect({ nodes: cyjs.elements.nodes.length, edges: cyjs.elements.edges.length }).toEqual(expected);
    expect(cyjs.elements.nodes.every((n) => n.data.speeches >= 2)).toBe(true);
  });

  it('answers 400 for a bad option, 404 for an unknown export or seed', async () => {
    const bad = await fetch(`${server.url}/export/cooccurrence.graphml?minSupport=0`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${server.url}/export/cooccurrence.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/export/neighbourhood.graphml?seed=slogan:不存在`)).status).toBe(404);
  });
});

describe('tifa query', () => {
  it('--list prints every analyst query with its parameters as a table', async () => {
    const r = await tifa('query', '--list');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\+-+/);
    expect(r.stdout).toContain('| cypher/queries/topSlogans.cypher ');
    expect(r.stdout).toContain("slogan='两个维护' limit=50");
    expect(r.stdout).toMatch(new RegExp(`\\n${listAnalystQueries().length} rows\\n$`));
  });

  it('runs topSlogans.cypher with --param limit=5 (an integer, not 5.0) and prints a table', async () => {
    const r = await tifa('query', 'cypher/queries/topSlogans.cypher', '--param', 'limit=5');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\| slogan +\| kind +\| speeches \| mentions \|$/);
    expect(lines.at(-1)).toBe('5 rows');
    expect(lines.slice(3, 5).map((l) => l.split('|')[1]!.trim()).sort()).toEqual(['两个维护', '四个意识']);
  });

  it('prints csv and json with typed values, and refuses to write without --write', async () => {
    const csv = await tifa('query', '-e', 'RETURN $n AS n, $xs AS xs', '--param', 'n=3', '--param', 'xs=[1,2]', '--format', 'csv');
    expect(csv.stdout).toBe('n,xs\n3,"[1,2]"\n');
    const json = await tifa('query', '-e', 'RETURN $n + 1 AS n, toString($n) AS s', '--param', 'n=3', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual([{ n: 4, s: '3' }]);
    const write = await tifa('query', '-e', "MERGE (x:ExportTestScratch {name: 'x'}) RETURN x.name AS name");
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('writes to the graph; run it again with --write');
    expect(await db.read(async (tx) => (await tx.run('MATCH (x:ExportTestScratch) RETURN count(x) AS n')).records[0]!.get('n').toNumber())).toBe(0);
    const allowed = await tifa('query', '--write', '-e', "MERGE (x:ExportTestScratch {name: 'x'}) RETURN x.name AS name");
    expect(allowed.code, allowed.stderr).toBe(0);
    await db.write((tx) => tx.run('MATCH (x:ExportTestScratch) DELETE x'));
  });

  it('names an unknown --param and a missing one', async () => {
    const unknown = await tifa('query', 'cypher/queries/topSlogans.cypher', '--param', 'first=5');
    expect(unknown.stderr).toBe('tifa: topSlogans has no parameter $first (its parameters: $limit)\n');
    const missing = await tifa('query', '-e', 'RETURN $who AS who');
    expect(missing.stderr).toBe('tifa: -e needs --param who=…\n');
  });
});
