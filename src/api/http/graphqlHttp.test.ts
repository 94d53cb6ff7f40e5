import { request as httpRequest } from 'node:http';
import { PassThrough, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerConfig } from '../../../test/support/apiClient.js';
import { noDatabase } from '../../../test/support/noDatabase.js';
import { createApiServer, isGraphqlPath, type ApiServer } from './createApiServer.js';
import { requestKind, serveGraphql } from './graphqlHttp.js';

// GraphQL is served on node:http without Express: these are the HTTP behaviours Express's body
// parser and the Apollo integration gave it. None of these requests reaches the database.

const logged: Array<Record<string, unknown>> = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  }),
);

let server: ApiServer;
beforeAll(async () => {
  server = await createApiServer({ db: noDatabase, config: testServerConfig({ bodyLimitBytes: 2_000 }), logger });
});
afterAll(() => server.stop());

/** One raw HTTP request (fetch would set or refuse some of the headers under test). */
function send(opts: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; json: any }>((resolve, reject) => {
    const url = new URL(opts.path ?? '/graphql', server.url);
    const req = httpRequest(url, { method: opts.method ?? 'POST', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, json: text.startsWith('{') ? JSON.parse(text) : text });
      });
    });
    req.on('error', reject);
    if (opts.chunked) {
      // No content-length: the limit must hold while reading, not only against a declared length.
      const body = Buffer.from(opts.body ?? '');
      for (let at = 0; at < body.length; at += 500) req.write(body.subarray(at, at + 500));
      req.end();
    } else req.end(opts.body);
  });
}

const json = { 'content-type': 'application/json' };
const typename = JSON.stringify({ query: '{ __typename }' });
const codes = (r: { json: { errors?: Array<{ extensions?: { code?: string } }> } }) => (r.json.errors ?? []).map((e) => e.extensions?.code);

describe('GraphQL over plain node:http', () => {
  it('answers a JSON POST with a JSON body and its length', async () => {
    const r = await send({ headers: json, body: typename });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { __typename: 'Query' } });
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(r.json)) + 1); // Apollo ends the body with a newline
  });

  it('reads gzip- and deflate-compressed bodies, and JSON declared with charset=utf-8', async () => {
    const gz = await send({ headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(typename) });
    expect(gz.json).toEqual({ data: { __typename: 'Query' } });
    const utf8 = await send({ headers: { 'content-type': 'application/json; charset=UTF-8' }, body: typename });
    expect(utf8.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(3_000)}` });
    for (const chunked of [false, true]) {
      const r = await send({ headers: json, body: big, chunked });
      expect(r.status).toBe(413);
      expect(codes(r)).toEqual(['PAYLOAD_TOO_LARGE']);
    }
    const zipped = await send({ headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(big) }); // small on the wire, large inside
    expect(zipped.status).toBe(413);
  });

  it('answers malformed JSON, a bare JSON string, a foreign charset or encoding with a coded 4xx', async () => {
    const broken = await send({ headers: json, body: '{"query": ' });
    expect([broken.status, codes(broken)]).toEqual([400, ['BAD_USER_INPUT']]);
    const bare = await send({ headers: json, body: '"{ __typename }"' });
    expect([bare.status, codes(bare)]).toEqual([400, ['BAD_USER_INPUT']]);
    const latin1 = await send({ headers: { 'content-type': 'application/json; charset=latin1' }, body: typename });
    expect([latin1.status, codes(latin1)]).toEqual([415, ['BAD_USER_INPUT']]);
    const packed = await send({ headers: { ...json, 'content-encoding': 'compress' }, body: typename });
    expect([packed.status, codes(packed)]).toEqual([415, ['BAD_USER_INPUT']]);
  });

  it('refuses a POST that is not JSON with a 400 (CSRF prevention or a missing body), never a 500', async () => {
    const plain = await send({ headers: { 'content-type': 'text/plain' }, body: typename });
    expect(plain.status).toBe(400);
    const empty = await send({ headers: json, body: '' });
    expect(empty.status).toBe(400);
  });

  it('answers GET with the query in the URL when the preflight header is present', async () => {
    const r = await send({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { 'apollo-require-preflight': '1' } });
    expect([r.status, r.json]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('logs one line per request with its path, status and operation name', async () => {
    logged.length = 0;
    await send({ headers: json, body: JSON.stringify({ query: 'query Named { __typename }', operationName: 'Named' }) });
    await send({ method: 'GET', path: '/nowhere' });
    await new Promise((resolve) => setImmediate(resolve));
    const lines = logged.filter((l) => l.msg === 'request');
    expect(lines.map((l) => [l.method, l.path, l.status, l.operation])).toEqual([
      ['POST', '/graphql', 200, 'Named'],
      ['GET', '/nowhere', 404, undefined],
    ]);
    expect(typeof lines[0]!.ms).toBe('number');
  });
});

describe('a client that hangs up mid-body', () => {
  it('ends the request with a 400 instead of waiting for the rest forever', async () => {
    // A request stream that delivers part of its declared body, then closes.
    const req = Object.assign(new PassThrough(), {
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
      complete: false,
    });
    const sent: Array<[number, string]> = [];
    const res = { headersSent: false, writeHead: (status: number) => sent.push([status, '']), end: (body: string) => (sent[0]![1] = body) };
    const served = serveGraphql(undefined as never, { bodyLimitBytes: 2_000, context: () => Promise.reject(new Error('unused')), logger }, req as never, res as never);
    req.write('{"query": "{ __typ');
    req.emit('close');
    await served;
    expect(sent.map(([status, body]) => [status, JSON.parse(body).errors[0].extensions.code])).toEqual([[400, 'BAD_USER_INPUT']]);
  });
});

describe('isGraphqlPath', () => {
  it('matches /graphql with or without a trailing slash or query, in any case, and nothing else', () => {
    expect(['/graphql', '/graphql/', '/GraphQL?query=x', '/graphql?x=1'].map(isGraphqlPath)).toEqual([true, true, true, true]);
    expect(['/', '/graphqlx', '/graphql/x', '/export/graphql', undefined].map(isGraphqlPath)).toEqual([false, false, false, false, false]);
  });
});

describe('requestKind', () => {
  it('is the same for one question on other variables, and differs by query text, operation name or GET URL', () => {
    const query = 'query($id: ID!) { speech(id: $id) { title } }';
    const kind = requestKind({ query, variables: { id: 'a' } }, '/graphql');
    expect(requestKind({ query, variables: { id: 'b' } }, '/graphql')).toBe(kind);
    expect(requestKind({ query: `${query} `, variables: { id: 'a' } }, '/graphql')).not.toBe(kind);
    expect(requestKind({ query, operationName: 'X' }, '/graphql')).not.toBe(kind);
    expect(requestKind(undefined, '/graphql?query=%7B__typename%7D')).not.toBe(requestKind(undefined, '/graphql?query=%7Bslogans%7D'));
    expect(kind.length).toBeLessThan(40); // a digest, whatever the document's size
  });
});
