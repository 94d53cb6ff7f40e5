import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { createDatabaseBudget, withDatabaseBudget, type DatabaseBudget } from '../../graph/databaseBudget.js';
import { errorBody, RETRY_AFTER_SECONDS } from '../graphql/errors.js';
import type { Admission } from './admission.js';
import type { HealthProbe } from './healthProbe.js';

/** Answers with a JSON body unless something (a request budget's 503) answered already. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/**
 * Logs one structured line per request when it finishes: method, path, status, duration in ms,
 * GraphQL operation name (from the parsed body). Plain node:http, so that the GraphQL endpoint,
 * which does not go through Express, is logged by the same code; `next` continues the request.
 */
export function requestLogger(logger: Logger): (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    // Nothing to do per request when the line would be dropped (a silent or warn-level logger).
    if (!logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    const path = (req.url ?? '').split('?')[0];
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      logger.info(
        {
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          operation: typeof body?.operationName === 'string' ? body.operationName : undefined,
          bytes: Number(res.getHeader('content-length') ?? 0) || undefined,
        },
        'request',
      );
    });
    next();
  };
}

/** What one HTTP request may spend on the database (see DatabaseBudget). */
export interface RequestLimits {
  timeoutMs: number;
  /** Database sessions one request may hold at once. */
  sessions: number;
  /** Longest retrying of one transaction after transient failures (a stopped database fails within it). */
  retryMs: number;
}

// One reason for every request that ends: a DOMException captures a stack trace when made, which
// cost a measurable share of a fast request.
const CLIENT_GONE = new DOMException('client gone', 'AbortError');

/**
 * Gives a request a database budget and answers 503 REQUEST_TIMEOUT when it is not done
 * within `timeoutMs` (or cuts an answer that is still streaming then). Every transaction of the request carries the remaining time as its Neo4j
 * transaction timeout, so the database stops the work too; the timeout (or a client that hangs
 * up) also aborts the request's waits for a session. A late answer is dropped (`errorHandler`, `serveGraphql`).
 */
export function startRequestBudget(limits: RequestLimits, res: ServerResponse): DatabaseBudget {
  const abort = new AbortController();
  const budget = createDatabaseBudget({ ...limits, signal: abort.signal });
  const timer = setTimeout(() => {
    abort.abort(new DOMException('request timeout', 'TimeoutError'));
    if (!res.headersSent) sendJson(res, 503, errorBody(`the request took longer than ${limits.timeoutMs} ms`, 'REQUEST_TIMEOUT'), { 'retry-after': String(RETRY_AFTER_SECONDS) });
    // An answer still streaming (an export to a client that stopped reading) is cut: half a file must not pass for a whole one.
    else if (!res.writableEnded) res.destroy();
  }, limits.timeoutMs);
  res.on('close', () => {
    clearTimeout(timer);
    // Only a client that left before its whole answer was handed to the socket leaves work to
    // cancel: after a complete answer every read of the request has ended, and aborting anyway
    // (an event dispatched to no one) was 1.5 % of the API's CPU profile per SENTENCE co-occurrence request.
    if (!res.writableFinished) abort.abort(CLIENT_GONE);
  });
  return budget;
}

/** `startRequestBudget` as Express middleware: the rest of the request runs under the budget. */
export function requestBudget(limits: RequestLimits): RequestHandler {
  return (_req, res, next) => withDatabaseBudget(startRequestBudget(limits, res), next);
}

/** Seconds a shed request is asked to wait: a turn frees up within a request's time. */
export const SHED_RETRY_AFTER_SECONDS = 1;

/** What a request shed by admission control is told. */
export const SHED_MESSAGE = 'The server is busy; try again shortly.';

/**
 * Waits until `admission` lets the request (of `kind`, see Admission.enter) use the database (true),
 * its turn freed when the response ends; a shed request is answered 503 SERVICE_UNAVAILABLE with Retry-After at once (false).
 */
export async function admit(admission: Admission, kind: string, res: ServerResponse): Promise<boolean> {
  const gone = new AbortController();
  const leave = () => gone.abort();
  res.once('close', leave);
  const release = await admission.enter(kind, gone.signal);
  res.off('close', leave);
  if (!release) {
    sendJson(res, 503, errorBody(SHED_MESSAGE, 'SERVICE_UNAVAILABLE'), { 'retry-after': String(SHED_RETRY_AFTER_SECONDS) });
    return false;
  }
  if (res.destroyed || res.writableEnded) {
    release();
    return false;
  }
  res.once('close', release);
  return true;
}

/** `admit` as Express middleware; the kind of a request is the route it came through. */
export function admission(admission: Admission): RequestHandler {
  return (req, res, next) => void admit(admission, req.baseUrl, res).then((ok) => ok && next(), next);
}

/** GET /health/live: the process is up and serving (no database involved), for a liveness check. */
export const liveHandler: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/**
 * GET /health/ready (and /health): 200 {status: ok} while the background probe finds Neo4j up, else
 * 503 with Retry-After. Answered from the probe's last finding, so it costs nothing under load. The
 * reason names the driver's message in development only: in production it would tell strangers hosts and ports.
 */
export function readyHandler(probe: HealthProbe, production: boolean): RequestHandler {
  return (_req, res) => {
    const { up, reason } = probe.status();
    if (up) res.json({ status: 'ok', neo4j: 'up' });
    else res.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ status: 'unavailable', neo4j: 'down', reason: production ? 'the graph database does not answer' : reason });
  };
}

function isHttpError(error: unknown): error is { status: number; type?: string; message: string } {
  return typeof (error as { status?: unknown } | null)?.status === 'number';
}

/** Last handler of the Express routes: HTTP errors (a malformed URL …) become GraphQL-shaped JSON with codes; late responses after a timeout are dropped. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req: Request, res, _next) => {
    if (res.headersSent) {
      logger.debug({ path: req.path, err: (error as Error).message }, 'response dropped after the request had been answered (timeout)');
      return;
    }
    if (isHttpError(error) && error.status === 413) {
      res.status(413).json(errorBody('the request body is larger than the server accepts', 'PAYLOAD_TOO_LARGE'));
    } else if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody(`bad request: ${error.message.slice(0, 200)}`, 'BAD_USER_INPUT'));
    } else {
      logger.error({ err: error, path: req.path }, 'unhandled error');
      res.status(500).json(errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
