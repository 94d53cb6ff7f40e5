import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_AFTER_RUNS } from '../src/api/graphql/compiledExecution.js';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { playgroundExamples } from '../src/api/http/playground.js';
import type { Database } from '../src/graph/database.js';
import { testServerConfig } from './support/apiClient.js';
import { ingestSharedCorpus } from './support/corpusGraph.js';
import { openTestDatabase } from './support/testDatabase.js';

// The API runs a query interpreted by graphql-js first and compiled by graphql-jit once it
// repeats (src/api/graphql/compiledExecution.ts): every compiled answer must be the one graphql-js gave —
// data, errors with their codes, locations and paths, and the HTTP status — over the seed corpus.
const CASES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  ...playgroundExamples(),
  {
    name: 'co-occurrence at two scopes, aliased, through a fragment and a variable',
    query: `query C($m: Int!) {
      s: sloganCooccurrence(scope: SPEECH, measure: NPMI, minSupport: $m, first: 5) { ...P }
      t: sloganCooccurrence(scope: SENTENCE, measure: JACCARD, minSupport: $m) { ...P }
    }
    fragment P on SloganPair { a { name kind speechCount } b { name variants } support score }`,
    variables: { m: 1 },
  },
  {
    name: '@include and @skip by variable',
    query: 'query S($yes: Boolean!) { speeches(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor @include(if: $yes) node { id title @skip(if: $yes) genre level date } } } }',
    variables: { yes: true },
  },
  { name: 'a slogan by variant with nested lists', query: '{ slogan(name: "两个维护") { name kind members variants speechCount contexts(first: 2) { text sentence } cooccurring(first: 3) { b { name } score } } }' },
  { name: 'a resolver refusing an argument (400)', query: '{ sloganCooccurrence(minSupport: 0) { support } }' },
  { name: 'a variable of the wrong type (400)', query: 'query B($m: Int!) { sloganCooccurrence(minSupport: $m) { support } }', variables: { m: 'two' } },
  { name: 'a missing speech (null)', query: '{ speech(id: "no-such-speech") { id title } }' },
  { name: 'a malformed cursor (400)', query: '{ speeches(first: 1, after: "nonsense") { totalCount } }' },
];

const compiledLines: Array<Record<string, unknown>> = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString('utf8')) as Record<string, unknown>;
      if (line.msg === 'compiled a GraphQL operation') compiledLines.push(line);
      done();
    },
  }),
);

let db: Database;
let server: ApiServer;
beforeAll(async () => {
  db = await openTestDatabase();
  await ingestSharedCorpus(db);
  server = await createApiServer({ db, config: testServerConfig({ production: false }), logger });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
}

describe('compiled execution', () => {
  it('answers every operation compiled exactly as graphql-js answered it', async () => {
    expect(COMPILE_AFTER_RUNS).toBe(1);
    for (const c of CASES) {
      const before = compiledLines.length;
      const interpreted = await post(c.query, c.variables);
      expect(compiledLines.length, `${c.name}: not compiled on its first run`).toBe(before);
      const compiled = await post(c.query, c.variables);
      const again = await post(c.query, c.variables);
      expect(compiledLines.length, `${c.name}: compiled once, on its second run`).toBe(before + 1);
      expect(compiledLines.at(-1)!.compiled, c.name).toBe(true);
      expect(compiled, c.name).toEqual(interpreted);
      expect(again, c.name).toEqual(interpreted);
    }
  });

  it('covers answers with data and every kind of error', async () => {
    // The comparison above is only worth something if the cases answer with real data and with errors.
    const outcomes = await Promise.all(CASES.map((c) => post(c.query, c.variables)));
    const withData = outcomes.filter((o) => o.status === 200 && o.body.errors === undefined);
    expect(withData.length).toBeGreaterThanOrEqual(CASES.length - 3);
    expect(JSON.stringify(outcomes[CASES.findIndex((c) => c.name.startsWith('co-occurrence'))]!.body.data)).toMatch(/两个维护|四个意识/);
    const codes = outcomes.flatMap((o) => (o.body.errors ?? []).map((e) => `${o.status} ${e.extensions?.code}`));
    expect(codes).toEqual(['400 BAD_USER_INPUT', '400 BAD_USER_INPUT', '400 BAD_USER_INPUT']);
  });

  it('answers a resolver failure and a database failure the same compiled', async () => {
    const broken = await createApiServer({
      db: { ...db, readStatement: () => Promise.reject(new TypeError('secret internal detail')), read: () => Promise.reject(new TypeError('secret internal detail')) },
      config: testServerConfig({ production: true }),
      logger: pino({ level: 'silent' }),
    });
    try {
      const ask = async () => {
        const res = await fetch(`${broken.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ speeches { totalCount } sloganCooccurrence { support } }' }) });
        return { status: res.status, body: await res.json() };
      };
      const first = await ask();
      expect(JSON.stringify(first)).not.toMatch(/secret internal detail|stacktrace/);
      expect(first.body).toMatchObject({ data: null, errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      expect(await ask()).toEqual(first);
      expect(await ask()).toEqual(first);
    } finally {
      await broken.stop();
    }
  });
});
