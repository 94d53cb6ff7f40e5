import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Logger } from 'pino';
import type { ApiContext } from '../graphql/context.js';
import { errorBody, type ApiErrorCode } from '../graphql/errors.js';
import type { Admission } from './admission.js';
import { admit, sendJson } from './httpMiddleware.js';

// GraphQL is served on node:http directly, not through Express: a co-occurrence request costs
// about a millisecond of CPU end to end, and Express's router, body-parser, the integration's
// header copying and res.send's ETag hashing were a large share of it
// (docs/decisions/0009-graphql-on-node-http.md). What Express gave the endpoint is kept here: a body limit (413), JSON bodies only in
// UTF-8, compressed bodies, coded 4xx errors, and no answer after the request budget answered 503.

/** A client mistake found before GraphQL sees the request. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const INFLATE: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/** Whether a media type is JSON (application/json, or a +json type as GraphQL clients may send). */
function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || (type?.startsWith('application/') === true && type.endsWith('+json'));
}

// The request body, at most `limit` bytes after decompression; `undefined` when it is not JSON
// (GraphQL then answers 400: a POST needs a JSON body, a GET takes its query from the URL).
async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (!isJson(contentType)) {
    req.resume(); // discard it, so the connection can serve the next request
    return undefined;
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType!)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw new BodyError(415, 'BAD_USER_INPUT', `bad request: unsupported charset "${charset.slice(0, 40).toUpperCase()}"`);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const declared = Number(req.headers['content-length'] ?? 0);
  if (encoding === 'identity' && declared > limit) throw new BodyError(413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than the server accepts');
  const inflate = INFLATE[encoding];
  if (encoding !== 'identity' && inflate === undefined) throw new BodyError(415, 'BAD_USER_INPUT', `bad request: unsupported content encoding "${encoding.slice(0, 40)}"`);
  const stream: Readable = inflate ? req.pipe(inflate()) : req;
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // On failure the rest of the body is left unread (not destroyed): the socket must stay open for the answer.
    const fail = (error: BodyError) => {
      stream.removeAllListeners('data');
      req.unpipe();
      stream.pause();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(new BodyError(413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than the server accepts'));
      else chunks.push(chunk);
    });
    stream.once('end', () => resolve(chunks));
    // A client that hangs up mid-body: no 'end' comes, and the request must not wait for one forever.
    req.once('close', () => {
      if (!req.complete) fail(new BodyError(400, 'BAD_USER_INPUT', 'bad request: the client closed the connection before the body ended'));
    });
    const unreadable = (error: Error) => fail(new BodyError(400, 'BAD_USER_INPUT', `bad request: the body could not be read (${error.message.slice(0, 100)})`));
    stream.once('error', unreadable);
    if (stream !== req) req.once('error', unreadable); // pipe() does not pass the request's errors on
  });
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
  if (text.trim() === '') return undefined;
  // Only objects and arrays, as express.json's strict mode: a bare string or number is no GraphQL request.
  if (!/^\s*[[{]/.test(text)) throw new BodyError(400, 'BAD_USER_INPUT', 'bad request: the JSON body must be an object');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyError(400, 'BAD_USER_INPUT', `bad request: ${(error as Error).message.slice(0, 200)}`);
  }
}

/**
 * What a GraphQL request asks, for admission control's service times: a digest of its query text
 * and operation name (a GET carries them in the URL). Variables are left out: the same question
 * on other values costs about the same, and a digest keeps a large document out of memory.
 */
export function requestKind(body: unknown, url: string): string {
  const { query, operationName } = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; operationName?: unknown };
  const text = body === undefined ? url : `${String(operationName ?? '')}\n${String(query ?? '')}`;
  return createHash('sha1').update(text).digest('base64');
}

/** What the GraphQL endpoint needs besides Apollo. */
export interface GraphqlHttpOptions {
  bodyLimitBytes: number;
  context: (req: IncomingMessage) => Promise<ApiContext>;
  /** Admission control: a request runs once its body is read and a turn is free (a slow sender holds no turn). */
  admission?: Admission;
  logger: Logger;
}

/**
 * Serves one GraphQL request (GET or POST, routed here by the caller) through Apollo's integration
 * API; runs inside the request's budget, which answers 503 on timeout itself (a later answer is dropped).
 * Rejects when Apollo fails without an answer.
 */
export async function serveGraphql(apollo: ApolloServer<ApiContext>, options: GraphqlHttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: unknown;
  try {
    body = req.method === 'POST' ? await readJsonBody(req, options.bodyLimitBytes) : (req.resume(), undefined);
  } catch (error) {
    const e = error as BodyError;
    // A client that keeps sending a too-large body gets its answer now; the connection is closed after it.
    sendJson(res, e.status, errorBody(e.message, e.code), e.status === 413 ? { connection: 'close' } : {});
    return;
  }
  (req as IncomingMessage & { body?: unknown }).body = body; // for the request log (operationName), as Express would have it
  if (options.admission && !(await admit(options.admission, requestKind(body, req.url ?? ''), res))) return;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const request: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search: query === -1 ? '' : url.slice(query), body };
  // An error Apollo does not turn into an answer rejects this promise; the caller answers 500 (createApiServer).
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => options.context(req) });
  if (res.headersSent) {
    options.logger.debug({ path: url.split('?')[0] }, 'response dropped after the request had been answered (timeout)');
    return;
  }
  const out: Record<string, string> = {};
  for (const [key, value] of response.headers) out[key] = value;
  if (response.body.kind === 'complete') {
    out['content-length'] = String(Buffer.byteLength(response.body.string));
    res.writeHead(response.status ?? 200, out);
    res.end(response.body.string);
    return;
  }
  // Incremental delivery (@defer): chunks as Apollo makes them.
  res.writeHead(response.status ?? 200, out);
  for await (const chunk of response.body.asyncIterator) if (!res.destroyed) res.write(chunk);
  res.end();
}
