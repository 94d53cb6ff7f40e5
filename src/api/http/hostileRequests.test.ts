import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, testServerConfig } from '../../../test/support/apiClient.js';
import { noDatabase } from '../../../test/support/noDatabase.js';
import { createApiServer, type ApiServer } from './createApiServer.js';

// Documents and requests that cost a server far more than they cost the sender, and client
// mistakes that once ended in a 500. None of them needs a database: each must be refused before
// any work is done, with a coded 4xx, and the process must stay responsive throughout.

let server: ApiServer;
beforeAll(async () => {
  server = await createApiServer({ db: noDatabase, config: testServerConfig({ production: true }), logger: pino({ level: 'silent' }) });
});
afterAll(() => server.stop());

/** n fragments, each spreading the one before twice: 2^(n-1) fields once every spread is expanded. */
function fanOut(n: number, type: string, leaf: string, root: string): string {
  const fragments = [`fragment F0 on ${type} { ${leaf} }`];
  for (let i = 1; i < n; i++) fragments.push(`fragment F${i} on ${type} { ...F${i - 1} ...F${i - 1} }`);
  return `query { ${root} { ...F${n - 1} } } ${fragments.join(' ')}`;
}

async function post(body: unknown): Promise<{ status: number; ms: number; body: { errors?: Array<{ extensions?: { code?: string } }> } }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, ms: performance.now() - started, body: (await res.json()) as never };
}

describe('documents whose expanded size is far beyond their text', () => {
  it('refuses a fragment fan-out of 30 (2^29 fields) every time it is sent, before compiling it', async () => {
    const query = fanOut(30, 'Slogan', 'name', 'slogan(name: "两个维护")');
    for (let send = 0; send < 2; send++) {
      const r = await gql(server, query);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      // A stall guard, not a speed target: the same document once blocked the process for minutes.
      expect(r.ms).toBeLessThan(1_000);
    }
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
  });

  it('refuses a __typename fan-out that the cost estimate cannot walk (a limit that cannot compute says no)', async () => {
    const r = await gql(server, fanOut(15, 'Query', '__typename', '__typename ... on Query'));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('client mistakes are coded 4xx answers', () => {
  it.each([
    ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }],
    ['an operationName that names none', { query: 'query A { __typename }', operationName: 'Nope' }],
    ['a subscription (the schema has none)', { query: 'subscription { __typename }' }],
    ['an empty place code', { query: '{ place(code: "") { name } }' }],
    ['an empty place name', { query: '{ place(name: "") { name } }' }],
    ['an operationName that is not a string', { query: 'query A { __typename }', operationName: 7 }],
  ])('%s', async (_name, body) => {
    const r = await post(body);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    for (const e of r.body.errors ?? []) expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(r.body.errors?.length).toBeGreaterThan(0);
  });
});
