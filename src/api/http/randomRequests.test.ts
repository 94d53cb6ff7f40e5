import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerConfig } from '../../../test/support/apiClient.js';
import type { Database } from '../../graph/database.js';
import { DatabaseUnavailableError } from '../../graph/databaseErrors.js';
import { createApiServer, type ApiServer } from './createApiServer.js';

// Random documents, variables and operation names thrown at the server: whatever a client sends,
// the answer is a 200, a coded 4xx, or a 503 (the database here is away: every use of it fails as
// a stopped Neo4j does), never a 500; and the process keeps answering /health/live within a second.

const away = new Proxy({} as Database, {
  get: () => () => Promise.reject(new DatabaseUnavailableError('connect ECONNREFUSED', 'ServiceUnavailable')),
});

let server: ApiServer;
beforeAll(async () => {
  server = await createApiServer({ db: away, config: testServerConfig({ production: true, introspection: true }), logger: pino({ level: 'silent' }) });
});
afterAll(() => server.stop());

const ROOT_FIELDS = ['slogan(name: "两个维护") { name }', 'slogans(first: 5) { totalCount }', 'speech(id: "x") { title }', 'speeches(first: 3) { edges { node { id } } }', 'slogan(name: "两个维护")', 'speeches(first: 3)', 'place(code: "")', 'place(name: $n)', 'search(text: "六稳")', 'sloganCooccurrence(scope: SENTENCE, first: 100)', 'graph(seed: "slogan:x", depth: 3)', 'meetings', 'terms', '__typename', '__schema { types { name } }', 'nope', 'removeSpeech(id: "x")', 'ingestSpeech(text: "t")'];
const INNER_FIELDS = ['name', 'kind', 'id', 'title', '__typename', 'edges { node { id } }', 'totalCount', 'speeches { id }', 'cooccurring(first: 10) { a b score }', 'a', 'b', 'nodes { id }', 'unknown'];
const TOKENS = ['{', '}', '(', ')', ':', '...', '$v', '$n', 'query', 'mutation', 'subscription', 'fragment F on Slogan', 'on', 'Int', 'String!', '"x"', '""', '100', '-1', '1e9', 'null', '@include(if: $v)', '@skip(if: true)', '@defer', '#', '\\u0000', 'first:', 'scope: SENTENCE', 'x:', ...ROOT_FIELDS, ...INNER_FIELDS];

const selection: fc.Arbitrary<string> = fc.letrec<{ set: string }>((tie) => ({
  set: fc
    .array(fc.oneof({ depthSize: 'small' }, fc.constantFrom(...INNER_FIELDS), fc.tuple(fc.constantFrom('slogan', 'speeches', 'edges', 'node', 'x: slogan'), tie('set')).map(([f, s]) => `${f} ${s}`), fc.constantFrom('...F', '... on Slogan { name }')), { minLength: 1, maxLength: 6 })
    .map((fields) => `{ ${fields.join(' ')} }`),
})).set;

// Root fields the schema has, with arguments drawn at random: many of these pass validation and reach the database.
const n = fc.integer({ min: -5, max: 100_000 });
const validRoot = fc.oneof(
  fc.constant('__typename'),
  fc.string({ maxLength: 8 }).map((name) => `slogan(name: ${JSON.stringify(name)}) { name kind }`),
  n.map((first) => `slogans(first: ${first}) { totalCount edges { node { name } } }`),
  n.map((first) => `speeches(first: ${first}) { edges { node { id title } } }`),
  fc.tuple(fc.constantFrom('SPEECH', 'SECTION', 'SENTENCE', 'WORD'), n, n).map(([scope, first, k]) => `sloganCooccurrence(scope: ${scope}, first: ${first}, minSupport: ${k}) { a { name } b { name } score }`),
  fc.string({ maxLength: 12 }).map((text) => `search(text: ${JSON.stringify(text)}) { id label }`),
  fc.tuple(fc.constantFrom('code', 'name'), fc.string({ maxLength: 8 })).map(([key, value]) => `place(${key}: ${JSON.stringify(value)}) { name }`),
  fc.tuple(fc.string({ maxLength: 12 }), n).map(([seed, depth]) => `graph(seed: ${JSON.stringify(seed)}, depth: ${depth}) { nodes { id } }`),
  fc.constant('meetings { totalCount }'),
);
const randomRoot = fc.tuple(fc.constantFrom(...ROOT_FIELDS), fc.option(selection)).map(([f, s]) => `${f} ${s ?? ''}`);
const aliased = (root: fc.Arbitrary<string>) => fc.tuple(fc.option(fc.constantFrom('x', 'y', 'z')), root).map(([alias, r]) => (alias ? `${alias}: ${r}` : r));
const structured = fc
  .tuple(
    fc.constantFrom('query', '', 'query A', 'query', '', 'query Q($v: Boolean)', 'mutation', 'subscription'),
    fc.array(fc.oneof({ arbitrary: aliased(validRoot), weight: 4 }, { arbitrary: aliased(randomRoot), weight: 1 }), { minLength: 1, maxLength: 4 }),
    fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, selection),
  )
  .map(([head, roots, fragment]) => `${head} { ${roots.join(' ')} }${fragment ? ` fragment F on Slogan ${fragment}` : ''}`);
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(' '));
const document = fc.oneof({ arbitrary: structured, weight: 4 }, soup, fc.string({ maxLength: 60 }), fc.constant('query A { __typename } query B { __typename }'));
const variables = fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, fc.dictionary(fc.constantFrom('v', 'n', 'x', '__proto__'), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 }));
const operationName = fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, fc.constant(null), fc.constantFrom('A', 'B', 'Q', 'Nope', ''), fc.string({ maxLength: 10 }), fc.integer());

describe('random requests', () => {
  it('never get a 500, and /health/live keeps answering within 1 s', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(document, variables, operationName, fc.boolean(), async (query, vars, name, asGet) => {
        const body = { query, variables: vars, operationName: name };
        const res = asGet
          ? await fetch(`${server.url}/graphql?${new URLSearchParams({ query, ...(vars !== undefined ? { variables: JSON.stringify(vars) } : {}), ...(typeof name === 'string' ? { operationName: name } : {}) })}`, { headers: { 'apollo-require-preflight': 'true' } })
          : await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const text = await res.text();
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(res.status < 500 || res.status === 503, `${JSON.stringify(body)} → ${res.status} ${text.slice(0, 300)}`).toBe(true);
        if (res.status === 503) expect(res.headers.get('retry-after')).not.toBeNull();
        expect(text).not.toContain('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 400 },
    );
    const started = performance.now();
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    // The run reached past validation too (the database was asked, and answered "away").
    expect(seen.get(503) ?? 0).toBeGreaterThan(10);
    expect(seen.get(400) ?? 0).toBeGreaterThan(0);
  });
});
