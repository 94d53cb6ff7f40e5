import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { createReadRepository } from '../src/graph/read/createReadRepository.js';
import { sectionAtKey } from '../src/graph/read/speechReads.js';
import { refreshDerivedData } from '../src/graph/refreshDerivedData.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { codes, gql, pollHealthDuring, testServerConfig } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// One request must not be able to take the server down. A graph of
// 60 synthetic speeches makes SENTENCE co-occurrence cost real database time.
const silent = pino({ level: 'silent' });
let db: Database;
let server: ApiServer;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  for (const spec of generateSpeechSpecs(60, 3)) await writeSpeech(db, buildSpeech(spec, SYNTHETIC_LEXICON));
  await refreshDerivedData(db);
  server = await createApiServer({ db, config: testServerConfig(), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

describe('one request cannot cause an outage', () => {
  it('refuses 2,000 aliased SENTENCE co-occurrences with a 4xx while /health keeps answering 200 within 1 s', async () => {
    const query = aliases(2000, (i) => `sloganCooccurrence(scope: SENTENCE, minSupport: ${i + 1}, first: 1) { support }`);
    const request = gql(server, query);
    const healths = await pollHealthDuring(server, request);
    const r = await request;
    expect(r.status).toBe(400);
    // Refused while parsing (token limit) before any validation rule or resolver runs.
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.errors![0]!.message).toMatch(/2000 tokens/);
    expect(healths.length).toBeGreaterThan(0);
    // Generous for a loaded 2-core machine: the bound is 1 s, the outage it guards against was 60 s.
    for (const h of healths) expect(h.status).toBe(200);
    for (const h of healths) expect(h.ms).toBeLessThan(1000);
  });

  it('serves the most expensive request the limits allow while /health answers within 1 s', async () => {
    // Distinct root fields up to the cap, each a different SENTENCE co-occurrence (no cache hit).
    const query = aliases(10, (i) => `sloganCooccurrence(scope: SENTENCE, minSupport: ${i + 1}, first: 5) { support }`);
    // Its own server with a long request timeout: the answer must be complete, however loaded the machine.
    const patient = await createApiServer({ db, config: testServerConfig({ requestTimeoutMs: 300_000 }), logger: silent });
    const request = gql(patient, query);
    const healths = await pollHealthDuring(patient, request, 50);
    const r = await request;
    await patient.stop();
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(Object.keys(r.data!)).toHaveLength(10);
    for (const h of healths) expect(h.status).toBe(200);
    for (const h of healths) expect(h.ms).toBeLessThan(1000);
  });

  it('caps distinct root fields and aliases even when each field is cheap', async () => {
    const roots = await gql(server, aliases(40, (i) => `slogan(name: "x${i}") { name }`));
    expect(roots.status).toBe(400);
    expect(new Set(codes(roots))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
    const nested = await gql(server, `{ speeches(first: 1) { edges { node { ${Array.from({ length: 60 }, (_, i) => `t${i}: title`).join(' ')} } } } }`);
    expect(nested.status).toBe(400);
    expect(new Set(codes(nested))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
  });

  it('gives analytics fields a real cost: 100 SENTENCE co-occurrences are too much for one request', async () => {
    const r = await gql(server, `{ slogans(first: 100) { edges { node { cooccurring(scope: SENTENCE, first: 1) { support } } } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('every bad request is a coded 4xx', () => {
  it('answers a fragment cycle with 400 GRAPHQL_VALIDATION_FAILED, not a stack overflow', async () => {
    const r = await gql(server, 'query { slogan(name: "x") { ...A } } fragment A on Slogan { name ...A }');
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r)).not.toMatch(/call stack/i);
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
    const r = await gql(server, 'query($n: Int) { speeches(first: $n) { totalCount } }', { n: 'abc' });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['more than 1,024 words', Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ')],
    ['about 1,100 CJK characters', '全面深化改革推进国家治理体系'.repeat(80)],
  ])('caps search text (%s) with BAD_USER_INPUT, no Lucene error', async (_name, text) => {
    const r = await gql(server, 'query($t: String!) { search(text: $t) { id } }', { t: text });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r)).not.toMatch(/TooManyClauses|lucene/i);
  });

  it('echoes an argument back with at most 100 characters', async () => {
    const huge = 'x'.repeat(1_000_000);
    const r = await gql(server, 'query($s: ID!) { graph(seed: $s) { nodes { id } } }', { s: `slogan:${huge}` });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message.length).toBeLessThan(300);
    const typed = await gql(server, 'query($n: Int) { speeches(first: $n) { totalCount } }', { n: huge });
    expect(codes(typed)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(typed.errors).length).toBeLessThan(600);
  });
});

describe('lists are costed and bounded by their real size', () => {
  it('refuses 150 aliased section trees', async () => {
    const one = 'speech(id: "x") { sections { heading children { heading } } }';
    const r = await gql(server, aliases(150, () => one));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']); // over 2,000 tokens
    const fewer = await gql(server, aliases(60, () => one));
    expect(fewer.status).toBe(400);
    expect(new Set(codes(fewer))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
  });

  it('returns at most `first` sections of a speech with thousands, parents before children', async () => {
    const [spec] = generateSpeechSpecs(1, 11);
    const sections = Array.from({ length: 1500 }, (_, i) => ({
      marker: `第${i + 1}条`,
      heading: `条款标题${i + 1}`,
      paragraphs: ['坚持稳中求进。'],
      children: [{ marker: `（${i + 1}）`, heading: `细则${i + 1}`, paragraphs: ['落实到位。'] }],
    }));
    const { id } = await writeSpeech(db, buildSpeech({ ...spec!, source: 'huge-sections.txt', sections }, SYNTHETIC_LEXICON));
    const tree = await gql(server, `{ speech(id: "${id}") { sections { heading children { heading } } } }`);
    expect(tree.errors).toBeUndefined();
    const top = tree.data!.speech.sections as Array<{ heading: string; children: unknown[] }>;
    expect(top).toHaveLength(100);
    expect(top.reduce((n, s) => n + 1 + s.children.length, 0)).toBe(200);
    expect(top[0]!.heading).toBe('条款标题1');
    const all = await gql(server, `{ speech(id: "${id}") { sections(first: 1000) { heading } } }`);
    expect(all.data!.speech.sections).toHaveLength(500);
    expect(codes(await gql(server, `{ speech(id: "${id}") { sections(first: 1001) { heading } } }`))).toEqual(['BAD_USER_INPUT']);
    // Ten trees of 1000 sections of this speech are over the budget (its stored 3,000 sections, bounded by `first`).
    const big = await gql(server, aliases(10, () => `speech(id: "${id}") { sections(first: 1000) { heading children { heading } } }`));
    expect(big.status).toBe(400);
    expect(codes(big)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(big.errors![0]!.message).toMatch(/query cost \d+ exceeds/);
    // The cut is made by the database: the read returns the page, not the 3,000 sections.
    const repo = createReadRepository(db);
    expect((await repo.sectionsBySpeech([id], 200)).get(id)).toHaveLength(200);
    const explore = (await (await fetch(`${server.url}/explore/speech/${id}/sections`)).json()) as { sections: Array<{ children: unknown[] }>; truncated: boolean };
    expect(explore.sections.reduce((n, s) => n + 1 + s.children.length, 0)).toBe(1000);
    expect(explore.truncated).toBe(true);
    // A mention's section is found by walking down the sections that hold it, not by loading them all.
    const [last] = await db.read(async (tx) =>
      (await tx.run('MATCH (:Speech {id: $id})-[:HAS_SECTION]->()-[:HAS_SECTION]->(c) RETURN c.id AS id, c.start AS start ORDER BY c.start DESC LIMIT 1', { id })).records.map((r) => ({
        id: r.get('id') as string,
        start: Number(r.get('start')),
      })),
    );
    const at = await repo.sectionsAt([{ speechId: id, offset: last!.start }, { speechId: id, offset: 0 }]);
    expect(at.get(sectionAtKey(id, last!.start))).toBe(last!.id);
    expect(at.has(sectionAtKey(id, 0))).toBe(false);
  });
});
