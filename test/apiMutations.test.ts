import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { DatabaseUnavailableError } from '../src/graph/databaseErrors.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { pollHealthDuring } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// Mutations and failure modes over HTTP: token handling against the real database, and a
// database that is down, slow or broken (wrapped) to check codes, masking, timeout and limits.
const silent = pino({ level: 'silent' });
const TOKEN = 'test-token-0123456789-abcdefghijklmn';
const TEXT = [
  '在全市作风建设大会上的讲话',
  '一、提高政治站位',
  '大家要增强“四个意识”，坚定“四个自信”，做到“两个维护”。',
  '二、狠抓工作落实',
  '要推进“放管服”改革，做到“两个坚决维护”。',
].join('\n');

const config = (overrides: Partial<ServerConfig> = {}): ServerConfig => ({ ...loadConfig({}).server, host: '127.0.0.1', port: 0, ...overrides });

async function post(server: ApiServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, ...body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

const INGEST = 'mutation($text: String!, $title: String) { ingestSpeech(text: $text, title: $title) { id title slogans { slogan { name } count } sections { heading } } }';

let db: Database;
const servers: ApiServer[] = [];
const start = async (db_: Database, overrides: Partial<ServerConfig> = {}) => {
  const s = await createApiServer({ db: db_, config: config(overrides), logger: silent });
  servers.push(s);
  return s;
};

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
});

afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.close();
});

describe('a long text sent by ingestSpeech', () => {
  it('is extracted off the main thread: /health keeps answering within 1 s meanwhile', async () => {
    // Its own text limit: the default follows the machine's Neo4j memory (src/config.ts), and this
    // text, denser in slogans than any speech, fits the test database's transactions.
    const s = await start(db, { apiToken: TOKEN, requestTimeoutMs: 300_000, maxTextBytes: 2_000_000 });
    const paragraph = '要增强“四个意识”，坚定“四个自信”，做到“两个维护”，推进“放管服”改革，稳住经济大盘。';
    const text = ['在全省经济工作会议上的讲话', ...Array.from({ length: 400 }, (_, i) => `${i + 1}. 第${i + 1}部分\n${paragraph.repeat(25)}`)].join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    const request = post(s, INGEST, { text }, { authorization: `Bearer ${TOKEN}` });
    const healths = await pollHealthDuring(s, request, 50);
    const r = await request;
    expect(r.codes).toEqual([]);
    expect(r.data?.ingestSpeech.slogans.length).toBeGreaterThan(0);
    expect(healths.length).toBeGreaterThan(3);
    for (const h of healths) expect(h.ms).toBeLessThan(1_000);
    // The other tests start from an empty graph.
    const removed = await post(s, 'mutation($id: ID!) { removeSpeech(id: $id) }', { id: r.data?.ingestSpeech.id }, { authorization: `Bearer ${TOKEN}` });
    expect(removed.data?.removeSpeech).toBe(true);
  }, 300_000);

  it('over its own size limit is refused before extraction', async () => {
    const s = await start(db, { apiToken: TOKEN, maxTextBytes: 1_000 });
    const r = await post(s, INGEST, { text: '讲话'.repeat(400) }, { authorization: `Bearer ${TOKEN}` });
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/more than the limit of 1000/);
  });
});

describe('mutations', () => {
  it('are FORBIDDEN when no API token is configured', async () => {
    const s = await start(db, { apiToken: null });
    const r = await post(s, INGEST, { text: TEXT }, { authorization: `Bearer ${TOKEN}` });
    expect(r.codes).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.message).toMatch(/TIFA_API_TOKEN/);
    expect((await post(s, 'mutation { removeSpeech(id: "x") }')).codes).toEqual(['FORBIDDEN']);
    expect((await post(s, '{ speeches { totalCount } }')).data!.speeches.totalCount).toBe(0);
  });

  it('are UNAUTHENTICATED without the bearer token or with a wrong one', async () => {
    const s = await start(db, { apiToken: TOKEN });
    expect((await post(s, INGEST, { text: TEXT })).codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(s, INGEST, { text: TEXT }, { authorization: 'Bearer wrong' })).codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(s, '{ speeches { totalCount } }')).data!.speeches.totalCount).toBe(0);
  });

  it('ingest (idempotently) and remove a speech with the token', async () => {
    const s = await start(db, { apiToken: TOKEN });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await post(s, INGEST, { text: TEXT, title: '作风建设讲话' }, auth);
    expect(first.errors).toBeUndefined();
    const speech = first.data!.ingestSpeech;
    expect(speech.title).toBe('作风建设讲话');
    expect(speech.sections.map((x: { heading: string }) => x.heading)).toEqual(['提高政治站位', '狠抓工作落实']);
    const counts = Object.fromEntries(speech.slogans.map((x: { slogan: { name: string }; count: number }) => [x.slogan.name, x.count]));
    expect(counts['两个维护']).toBe(2);

    // The co-occurrence cache is keyed on the graph version: answers follow ingest and removal.
    const PAIRS = '{ sloganCooccurrence(minSupport: 1, first: 100) { a { name } b { name } support } }';
    const pairs = (await post(s, PAIRS)).data!.sloganCooccurrence as Array<{ a: { name: string }; b: { name: string }; support: number }>;
    expect(pairs.some((p) => new Set([p.a.name, p.b.name]).has('四个意识') && new Set([p.a.name, p.b.name]).has('两个维护'))).toBe(true);

    const again = await post(s, INGEST, { text: TEXT, title: '作风建设讲话' }, auth);
    expect(again.data!.ingestSpeech.id).toBe(speech.id);
    expect((await post(s, '{ speeches { totalCount } }')).data!.speeches.totalCount).toBe(1);

    // Mutations rebuild the materialised co-occurrence as `tifa ingest`/`tifa remove` do: the fast
    // path (which throws CooccurrenceStaleError when not rebuilt since the last write) answers, and
    // includes the new speech.
    const fastTop = { scope: 'SPEECH', measure: 'COUNT', minSupport: 2, first: 100, via: 'materialised' } as const;
    await expect(sloganCooccurrence(db, fastTop)).resolves.toEqual([]);
    const second = await post(s, INGEST.replace('$title: String)', '$title: String, $source: String)').replace('title: $title)', 'title: $title, source: $source)'),
      { text: `${TEXT}\n三、总结\n再次强调“四个意识”和“两个维护”。`, title: '第二篇', source: 'second.txt' }, auth);
    expect(second.errors).toBeUndefined();
    const fastPairs = await sloganCooccurrence(db, fastTop);
    expect(fastPairs.find((p) => p.a === '两个维护' && p.b === '四个意识')).toMatchObject({ support: 2, aKind: expect.any(String), bKind: expect.any(String) });
    const PAIRS2 = '{ sloganCooccurrence(minSupport: 2) { a { name kind } b { name kind } support } }';
    const viaApi = (await post(s, PAIRS2)).data!.sloganCooccurrence as Array<{ a: { name: string; kind: string }; b: { name: string; kind: string }; support: number }>;
    expect(viaApi).toEqual(fastPairs.slice(0, 20).map((p) => ({ a: { name: p.a, kind: p.aKind }, b: { name: p.b, kind: p.bKind }, support: p.support })));
    expect((await post(s, 'mutation($id: ID!) { removeSpeech(id: $id) }', { id: second.data!.ingestSpeech.id }, auth)).data!.removeSpeech).toBe(true);
    await expect(sloganCooccurrence(db, fastTop)).resolves.toEqual([]);

    expect((await post(s, 'mutation($id: ID!) { removeSpeech(id: $id) }', { id: speech.id }, auth)).data!.removeSpeech).toBe(true);
    expect((await post(s, 'mutation($id: ID!) { removeSpeech(id: $id) }', { id: speech.id }, auth)).data!.removeSpeech).toBe(false);
    expect((await post(s, '{ speeches { totalCount } slogans { totalCount } }')).data).toEqual({ speeches: { totalCount: 0 }, slogans: { totalCount: 0 } });
    expect((await post(s, PAIRS)).data!.sloganCooccurrence).toEqual([]);
  });

  it('refuse an empty text with BAD_USER_INPUT', async () => {
    const s = await start(db, { apiToken: TOKEN });
    expect((await post(s, INGEST, { text: '   ' }, { authorization: `Bearer ${TOKEN}` })).codes).toEqual(['BAD_USER_INPUT']);
  });
});

describe('failure modes', () => {
  it('maps Neo4j being down to SERVICE_UNAVAILABLE and /health to 503', async () => {
    const down: Database = {
      ...db,
      read: () => Promise.reject(new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 127.0.0.1:1', 'ServiceUnavailable')),
      verify: () => Promise.reject(new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 127.0.0.1:1', 'ServiceUnavailable')),
    };
    const s = await start(down, { production: true });
    const r = await post(s, '{ speeches { totalCount } }');
    expect(r.codes).toEqual(['SERVICE_UNAVAILABLE']);
    expect(r.errors![0]!.message).not.toMatch(/ECONNREFUSED/);
    const health = await fetch(`${s.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
  });

  it('masks unexpected errors in production and shows them in development, never with a stack', async () => {
    const broken: Database = { ...db, read: () => Promise.reject(new TypeError('secret internal detail')) };
    const prod = await post(await start(broken, { production: true }), '{ speeches { totalCount } }');
    expect(prod.codes).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(prod)).not.toMatch(/secret internal detail|stacktrace/);
    const dev = await post(await start(broken, { production: false }), '{ speeches { totalCount } }');
    expect(dev.errors![0]!.message).toBe('secret internal detail');
    expect(JSON.stringify(dev)).not.toMatch(/stacktrace/);
  });

  it('answers 503 REQUEST_TIMEOUT when a request takes longer than the timeout', async () => {
    const slow: Database = { ...db, read: (work) => new Promise((resolve) => setTimeout(resolve, 1500)).then(() => db.read(work)) };
    const s = await start(slow, { requestTimeoutMs: 200 });
    const r = await post(s, '{ speeches { totalCount } }');
    expect(r.status).toBe(503);
    expect(r.codes).toEqual(['REQUEST_TIMEOUT']);
    // The late answer is dropped and the server keeps serving.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const s = await start(db, { bodyLimitBytes: 2000 });
    const r = await post(s, '{ search(text: $t) { id } }', { t: '两'.repeat(2000) });
    expect(r.status).toBe(413);
    expect(r.codes).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('disables introspection when configured', async () => {
    const s = await start(db, { introspection: false });
    const r = await post(s, '{ __schema { queryType { name } } }');
    expect(r.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0]!.message).toMatch(/introspection/i);
  });
});
