import { performance } from 'node:perf_hooks';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../graph/database.js';
import { errorBody } from './errors.js';

/** Logs one structured line per request when it finishes: method, path, status, duration in ms, GraphQL operation name. */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      logger.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
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

/**
 * Answers 503 REQUEST_TIMEOUT when a request is not done within `ms`. The work itself is not
 * cancelled (the driver has no per-query cancel); its late response is dropped by `errorHandler`.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) res.status(503).set('Retry-After', '5').json(errorBody(`the request took longer than ${ms} ms`, 'REQUEST_TIMEOUT'));
    }, ms);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/** GET /health: 200 {status: ok} when Neo4j answers within 3 s, else 503 with the reason. */
export function healthHandler(db: Database): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer from Neo4j within 3000 ms')), 3000);
        }),
      ]);
      res.json({ status: 'ok', neo4j: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', reason: (error as Error).message.split('\n')[0] });
    } finally {
      clearTimeout(timer);
    }
  };
}

function isHttpError(error: unknown): error is { status: number; type?: string; message: string } {
  return typeof (error as { status?: unknown } | null)?.status === 'number';
}

/** Last handler: body-parser errors become GraphQL-shaped JSON with codes; late responses after a timeout are dropped. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req: Request, res, _next) => {
    if (res.headersSent) {
      logger.debug({ path: req.path, err: (error as Error).message }, 'response dropped after the request had been answered (timeout)');
      return;
    }
    if (isHttpError(error) && error.status === 413) {
      res.status(413).json(errorBody('the request body is larger than the server accepts', 'PAYLOAD_TOO_LARGE'));
    } else if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody(`bad request: ${error.message}`, 'BAD_USER_INPUT'));
    } else {
      logger.error({ err: error, path: req.path }, 'unhandled error');
      res.status(500).json(errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
