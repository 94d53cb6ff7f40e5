import { readdirSync, readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { playgroundExamples } from '../src/api/http/playground.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { extractFile } from '../src/extract/extractFile.js';
import type { ExtractedSpeech, Section } from '../src/extract/types.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { speechIdOf } from '../src/graph/write/speechRows.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { openTestDatabase } from './support/testDatabase.js';

// End-to-end over HTTP: the real server factory, the real Neo4j, ../shared/corpus loaded by the graph writer.
const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const silent = pino({ level: 'silent' });

function serverConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({}).server, host: '127.0.0.1', port: 0, ...overrides };
}

interface GqlResult {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function gql(server: ApiServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

let db: Database;
let server: ApiServer;
const extracted = new Map<string, ExtractedSpeech>();

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const file = new URL(name, CORPUS);
    const result = extractFile(readFileSync(file), file.pathname, 20 * 1024 * 1024);
    if (!result.ok) throw new Error(`cannot extract ${name}`);
    await writeSpeech(db, result.speech);
    extracted.set(speechIdOf(result.speech.sha256), result.speech);
  }
  server = await createApiServer({ db, config: serverConfig(), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('analytics over the corpus', () => {
  it('ranks 四个意识–两个维护 first with support 4', async () => {
    const r = await gql(server, '{ sloganCooccurrence { a { name } b { name } support score } }');
    expect(r.errors).toBeUndefined();
    const [top] = r.data!.sloganCooccurrence;
    expect(new Set([top.a.name, top.b.name])).toEqual(new Set(['四个意识', '两个维护']));
    expect(top.support).toBe(4);
    expect(r.data!.sloganCooccurrence.length).toBeLessThanOrEqual(20);
  });

  it('resolves a variant name to its canonical slogan', async () => {
    const r = await gql(server, '{ slogan(name: "两个坚决维护") { name kind variants speechCount cooccurring(first: 1) { a { name } b { name } support } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.slogan).toMatchObject({ name: '两个维护', kind: 'NUMBERED', speechCount: 4 });
    expect(r.data!.slogan.variants).toContain('两个坚决维护');
    expect(r.data!.slogan.cooccurring[0].support).toBe(4);
  });

  it('answers null for an unknown slogan and speech', async () => {
    const r = await gql(server, '{ slogan(name: "不存在的提法") { name } speech(id: "0000000000000000") { id } }');
    expect(r.data).toEqual({ slogan: null, speech: null });
  });
});

describe('cursor connections', () => {
  async function walk(field: string, pageSize: number, extra = ''): Promise<{ keys: string[]; total: number }> {
    const keys: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 100; guard++) {
      const key = field === 'speeches' ? 'id' : field === 'slogans' ? 'name' : 'key';
      const r = await gql(
        server,
        `query($after: String) { ${field}(first: ${pageSize}, after: $after${extra}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${key} } } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      const conn = r.data![field];
      total = conn.totalCount;
      keys.push(...conn.edges.map((e: { node: Record<string, string> }) => e.node[key]));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return { keys, total };
  }

  it.each([
    ['speeches', 2, ''],
    ['slogans', 7, ''],
    ['slogans', 3, ', minSpeeches: 2'],
    ['meetings', 4, ''],
  ])('%s: pages of %i round-trip through every item once%s', async (field, size, extra) => {
    const { keys, total } = await walk(field, size, extra);
    expect(total).toBeGreaterThan(size);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    // The same list in one page is the same order.
    expect((await walk(field, 100, extra)).keys).toEqual(keys);
  });

  it('filters speeches by a variant slogan name, level and text', async () => {
    const r = await gql(server, '{ a: speeches(filter: { slogan: "两个坚决维护" }) { totalCount } b: speeches(filter: { text: "两个维护" }) { totalCount } }');
    expect(r.data!.a.totalCount).toBe(4);
    expect(r.data!.b.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('refuses a cursor of another list and a page over 100', async () => {
    const slogans = await gql(server, '{ slogans(first: 1) { pageInfo { endCursor } } }');
    const r = await gql(server, 'query($c: String) { speeches(after: $c) { totalCount } }', { c: slogans.data!.slogans.pageInfo.endCursor });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server, '{ speeches(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a speech', () => {
  type Tree = Array<{ marker: string; heading: string; start: number; end: number; children: Tree }>;
  function expectedTree(sections: Section[], parent: string | null): Tree {
    return sections
      .filter((s) => s.parentId === parent)
      .map((s) => ({ marker: s.marker, heading: s.heading, start: s.start, end: s.end, children: expectedTree(sections, s.id) }));
  }
  const fields = (depth: number): string => `marker heading start end${depth > 0 ? ` children { ${fields(depth - 1)} }` : ''}`;
  const strip = (tree: Tree, depth: number): Tree =>
    tree.map((n) => ({ ...n, children: depth > 0 ? strip(n.children, depth - 1) : [] }));

  it('returns the section tree the extractor found, for every speech', async () => {
    for (const [id, speech] of extracted) {
      const depth = Math.max(0, ...speech.sections.map((s) => s.level)) - 1;
      const r = await gql(server, `query($id: ID!) { speech(id: $id) { title sections { ${fields(depth)} } } }`, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.speech.title).toBe(speech.title);
      const want = expectedTree(speech.sections, null);
      expect(want.length).toBeGreaterThan(0);
      expect(strip(r.data!.speech.sections, depth)).toEqual(strip(want, depth));
    }
  });

  it('cuts every slogan mention out in its sentence', async () => {
    const [id, speech] = [...extracted].find(([, s]) => s.slogans.some((f) => f.name === '两个维护'))!;
    const r = await gql(server, 'query($id: ID!) { speech(id: $id) { mentions(kind: SLOGAN) { target text sentence start end offset sectionId } slogans { slogan { name } count } } }', { id });
    expect(r.errors).toBeUndefined();
    const mentions = r.data!.speech.mentions as Array<{ target: string; text: string; sentence: string; start: number; end: number; offset: number; sectionId: string | null }>;
    const total = speech.slogans.reduce((n, f) => n + f.mentions.length, 0);
    expect(mentions).toHaveLength(Math.min(100, total));
    for (const m of mentions) {
      expect(m.sentence.slice(m.start, m.end)).toBe(m.text);
      expect(speech.text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
      const finding = speech.slogans.find((f) => f.name === m.target)!;
      const mention = finding.mentions.find((x) => x.start === m.offset)!;
      expect(m.sectionId).toBe(mention.sectionId === null ? null : `${id}:${mention.sectionId}`);
    }
    const counts = Object.fromEntries(r.data!.speech.slogans.map((s: { slogan: { name: string }; count: number }) => [s.slogan.name, s.count]));
    expect(counts).toEqual(Object.fromEntries(speech.slogans.map((f) => [f.name, f.count])));
  });
});

describe('search and graph views', () => {
  it('finds slogans and sections through the CJK full-text index', async () => {
    const r = await gql(server, '{ search(text: "两个维护") { type id label score speech { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.search[0]).toMatchObject({ type: 'SLOGAN', id: 'slogan:两个维护' });
    const section = r.data!.search.find((h: { type: string }) => h.type === 'SECTION');
    expect(section?.speech?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(codes(await gql(server, '{ search(text: "  ") { id } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('shapes a neighbourhood for Cytoscape.js / NVL: edges only between returned nodes', async () => {
    const r = await gql(server, '{ graph(seed: "slogan:四个意识", depth: 2, limit: 25) { nodes { id label type properties } edges { id source target type weight } } }');
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.graph;
    expect(nodes[0]).toMatchObject({ id: 'slogan:四个意识', type: 'SLOGAN', properties: { name: '四个意识' } });
    expect(nodes.length).toBeLessThanOrEqual(25);
    expect(nodes.some((n: { type: string }) => n.type === 'SPEECH')).toBe(true);
    expect(nodes.some((n: { type: string }) => n.type === 'CONCEPT')).toBe(true);
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(nodes.length);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(nodes.every((n: { properties: Record<string, unknown> }) => !('text' in n.properties))).toBe(true);
  });

  it('restricts neighbour types and refuses unknown seeds', async () => {
    const r = await gql(server, '{ graph(seed: "slogan:四个意识", types: [CONCEPT]) { nodes { type } } }');
    expect(new Set(r.data!.graph.nodes.map((n: { type: string }) => n.type))).toEqual(new Set(['SLOGAN', 'CONCEPT']));
    expect(codes(await gql(server, '{ graph(seed: "slogan:没有") { nodes { id } } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(server, '{ graph(seed: "planet:x") { nodes { id } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('builds the slogan network from the co-occurring pairs', async () => {
    const r = await gql(server, '{ cooccurrenceGraph(measure: COUNT, limit: 5) { nodes { id type properties } edges { source target type weight } } }');
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.cooccurrenceGraph;
    expect(edges).toHaveLength(5);
    expect(new Set([edges[0].source, edges[0].target])).toEqual(new Set(['slogan:四个意识', 'slogan:两个维护']));
    expect(edges[0].weight).toBe(4);
    expect(nodes.find((n: { id: string }) => n.id === 'slogan:四个意识').properties.kind).toBe('NUMBERED');
  });
});

describe('limits and errors', () => {
  it('refuses a too-deep query with QUERY_TOO_DEEP before running it', async () => {
    const nested = 'children { '.repeat(12) + 'id' + ' }'.repeat(12);
    const r = await gql(server, `{ speech(id: "x") { sections { ${nested} } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
    expect(r.data).toBeUndefined();
  });

  it('refuses a too-costly query with QUERY_TOO_COMPLEX', async () => {
    const r = await gql(server, '{ speeches(first: 100) { edges { node { slogans { slogan { speeches(first: 100) { title } } } } } } }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0]!.extensions).not.toHaveProperty('http');
    expect(r.data).toBeUndefined();
  });

  it('never sends stack traces', async () => {
    const r = await gql(server, '{ speeches(first: -1) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('blocks CSRF-able requests (GET without a preflight header)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/CSRF/);
  });
});

describe('DataLoader batching', () => {
  // Counts database round trips by wrapping the Database the server reads through.
  async function counting<T>(run: (server: ApiServer) => Promise<T>): Promise<{ result: T; reads: number }> {
    let reads = 0;
    const counted: Database = { ...db, read: (work) => (reads++, db.read(work)) };
    const s = await createApiServer({ db: counted, config: serverConfig(), logger: silent });
    try {
      const result = await run(s);
      return { result, reads };
    } finally {
      await s.stop();
    }
  }

  it('loads the slogans of N speeches in one query (plus one for the page and one for the list sizes the cost counts)', async () => {
    const { result, reads } = await counting((s) => gql(s, '{ speeches(first: 5) { edges { node { id slogans { slogan { name } count } } } } }'));
    expect(result.errors).toBeUndefined();
    const edges = result.data!.speeches.edges as Array<{ node: { slogans: unknown[] } }>;
    expect(edges).toHaveLength(5);
    expect(edges.every((e) => e.node.slogans.length > 0)).toBe(true);
    expect(reads).toBe(3);
  });

  it('batches every relationship field of a page: one query per field, whatever N is', async () => {
    const query = `{ speeches(first: 5) { edges { node {
      venue { name } sections { id } meetings { count } persons { name } documents { title }
      slogans { slogan { name variants speechCount } } mentions(kind: SLOGAN, first: 3) { sectionId } } } } }`;
    const { result, reads } = await counting((s) => gql(s, query));
    expect(result.errors).toBeUndefined();
    // list sizes (for the cost), page, venue, sections, meetings, persons, documents, slogans, mention
    // snippets, the sections holding the mentions (sectionId), slogan details (variants and
    // speechCount share one query).
    expect(reads).toBe(11);
  });
});

describe('playground and health', () => {
  it('answers GraphiQL introspection (not counted against the cost limit)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const r = await gql(server, getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
  });

  it('serves GraphiQL with its assets from this server', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('/playground/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|jsdelivr)/);
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const res = await fetch(`${server.url}/playground/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('runs every preloaded example query without errors', async () => {
    const examples = playgroundExamples();
    expect(examples.map((e) => e.name)).toEqual(expect.arrayContaining(['cooccurrence', 'sectionTree', 'search']));
    for (const example of examples) {
      const r = await gql(server, example.query);
      expect(r.errors, example.name).toBeUndefined();
    }
  });

  it('reports Neo4j up on /health', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });
});
