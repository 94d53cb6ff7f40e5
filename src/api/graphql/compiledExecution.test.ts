import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerConfig } from '../../../test/support/apiClient.js';
import { noDatabase } from '../../../test/support/noDatabase.js';
import { createApiServer, type ApiServer } from '../http/createApiServer.js';

// Which operations the API answers compiled (graphql-jit) and that it falls back to graphql-js
// whenever a compiled answer would carry errors. Nothing here reads a database; the answers over
// real data are compared in test/compiledExecution.test.ts.

const compiled: Array<{ compiled: boolean }> = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString('utf8')) as { msg: string; compiled: boolean };
      if (line.msg === 'compiled a GraphQL operation') compiled.push(line);
      done();
    },
  }),
);

let server: ApiServer;
beforeAll(async () => {
  server = await createApiServer({ db: noDatabase, config: testServerConfig({ production: false }), logger });
});
afterAll(() => server.stop());

async function post(query: string) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, text: await res.text() };
}

describe('compiled queries', () => {
  it('compiles a query on its second run and answers it the same', async () => {
    const before = compiled.length;
    const first = await post('query Kinds { __typename alias: __typename }');
    expect(compiled.length).toBe(before);
    expect(await post('query Kinds { __typename alias: __typename }')).toEqual(first);
    expect(await post('query Kinds { __typename alias: __typename }')).toEqual(first);
    expect(compiled.slice(before)).toEqual([expect.objectContaining({ compiled: true })]);
    expect(JSON.parse(first.text)).toEqual({ data: { __typename: 'Query', alias: 'Query' } });
  });

  it('answers with graphql-js when the compiled answer has errors (the same errors as before)', async () => {
    const query = '{ speeches { totalCount } }';
    const first = await post(query);
    expect(JSON.parse(first.text).errors[0]).toMatchObject({ message: 'the database was used (read)', path: ['speeches'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const before = compiled.length;
    expect(await post(query)).toEqual(first);
    expect(compiled.slice(before)).toEqual([expect.objectContaining({ compiled: true })]);
    expect(await post(query)).toEqual(first);
  });

  it('never compiles a mutation', async () => {
    const before = compiled.length;
    const answers = [await post('mutation { removeSpeech(id: "x") }'), await post('mutation { removeSpeech(id: "x") }')];
    expect(answers[1]).toEqual(answers[0]);
    expect(JSON.parse(answers[0]!.text).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(compiled.length).toBe(before);
  });
});
