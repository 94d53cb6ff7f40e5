import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { playgroundExamples } from '../src/api/http/playground.js';
import { loadExamplesIfEmpty } from '../src/app/loadExamplesIfEmpty.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { listAnalystQueries } from '../src/graph/query/analystQueries.js';
import { parseCypherValue } from '../src/graph/query/parseCypherValue.js';
import { runCypher } from '../src/graph/query/runCypher.js';
import { gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// What `npm start` shows with nothing but examples/corpus loaded: a network worth looking at,
// places nested province › city › county, and every playground tab and guide slide answering
// with data. The examples alone: this file never reads ../shared.
let db: Database;
let server: ApiServer;

const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  await loadExamplesIfEmpty(db, { maxFileBytes: 1_000_000, log: () => {} });
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0, apiToken: null }, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** The values that make a GraphQL answer worth showing: every top-level field, list, page and graph non-empty. */
function emptyParts(value: unknown, path: string, depth = 0): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const lists = ['edges', 'nodes'].filter((k) => k in object);
  // A page or a graph must hold something; a single object's own lists are checked one level down.
  if (lists.length > 0) return lists.flatMap((k) => emptyParts(object[k], `${path}.${k}`, depth + 1));
  return depth === 0 ? Object.entries(object).flatMap(([k, v]) => emptyParts(v, `${path}.${k}`, depth + 1)) : [];
}

describe('examples/corpus loaded into an empty graph', () => {
  it('holds speeches of all four levels from several provinces, their cities and counties, over several years', async () => {
    const byLevel = await rows('MATCH (s:Speech) RETURN s.level AS level, count(*) AS n ORDER BY level');
    const counts = Object.fromEntries(byLevel.map((r) => [r.level, Number(r.n)]));
    for (const level of ['central', 'provincial', 'city', 'county']) expect(counts[level], level).toBeGreaterThanOrEqual(8);
    const [years] = await rows('MATCH (s:Speech) WHERE s.date IS NOT NULL RETURN collect(DISTINCT substring(toString(s.date), 0, 4)) AS years');
    expect((years!.years as string[]).sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it("a study talk whose text names neither its place nor its level gets them from its NAME.meta.json", async () => {
    const placed = await rows(
      'MATCH (s:Speech)-[:FROM]->(p:Place) WHERE s.source ENDS WITH $file RETURN s.level AS level, p.name AS place',
      { file: '32_zhengzhou_2024.txt' },
    );
    expect(placed).toEqual([{ level: 'city', place: '郑州市' }]);
  });

  it("/explore's network (its default request) has NPMI scores spread between pairs, not all 1", async () => {
    const res = await fetch(`${server.url}/export/cooccurrence.cyjs?scope=SPEECH&measure=NPMI&minSupport=2&limit=200`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { elements: { nodes: unknown[]; edges: Array<{ data: { weight: number } }> } };
    const weights = body.elements.edges.map((e) => e.data.weight);
    expect(body.elements.nodes.length).toBeGreaterThanOrEqual(20);
    expect(weights.length).toBeGreaterThanOrEqual(50);
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(-1), expect(w).toBeLessThanOrEqual(1);
    const below = weights.filter((w) => w < 0.99);
    expect(below.length).toBeGreaterThan(weights.length / 2);
    // Pairs that always go together score near 1, pairs that meet about as often as chance near 0.
    expect(Math.max(...weights) - Math.min(...weights)).toBeGreaterThan(0.5);
  });

  it('a formulation appears at the centre first and reaches the county later', async () => {
    const firsts = await rows(
      `MATCH (s:Speech)-[:MENTIONS]->(:Slogan {name: $name}) WHERE s.level IN ['central', 'county']
       RETURN s.level AS level, min(s.date) AS first`,
      { name: '新质生产力' },
    );
    const first = Object.fromEntries(firsts.map((r) => [r.level, String(r.first)]));
    expect(first.central).toBeDefined();
    expect(first.county).toBeDefined();
    expect(first.central! < first.county!).toBe(true);
  });

  it("the Places tab's provinces each list their cities, and a city its counties", async () => {
    const r = await gql(server, '{ places(level: PROVINCIAL, first: 8) { edges { node { name speechCount children { name level } } } } }');
    expect(r.errors).toBeUndefined();
    const provinces = new Map((r.data!.places.edges as Array<{ node: { name: string; speechCount: number; children: Array<{ name: string; level: string }> } }>).map((e) => [e.node.name, e.node]));
    const expected: Record<string, string> = { 浙江省: '杭州市', 四川省: '成都市', 河南省: '郑州市', 江苏省: '南京市', 广东省: '广州市' };
    for (const [province, city] of Object.entries(expected)) {
      expect(provinces.get(province)?.children, province).toContainEqual({ name: city, level: 'CITY' });
      expect(provinces.get(province)!.speechCount, province).toBeGreaterThanOrEqual(3);
    }
    const city = await gql(server, '{ place(name: "杭州市") { children { name level } speechCount } }');
    expect(city.data!.place.children).toContainEqual({ name: '淳安县', level: 'COUNTY' });
  });

  it('every playground tab answers with data', async () => {
    const examples = playgroundExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const r = await gql(server, example.query);
      expect(r.errors, example.name).toBeUndefined();
      expect(emptyParts(r.data, example.name), example.name).toEqual([]);
    }
  });

  it("every guide slide's query, run with its :param examples, returns rows — speechOutline's default id among them", async () => {
    const queries = listAnalystQueries();
    expect(queries.map((q) => q.name)).toContain('speechOutline');
    for (const q of queries) {
      const params = Object.fromEntries(q.params.map((p) => [p.name, parseCypherValue(p.example)]));
      const { rows: answer } = await runCypher(db, q.statement, params, { write: false });
      expect(answer.length, q.name).toBeGreaterThan(0);
    }
  });
});
