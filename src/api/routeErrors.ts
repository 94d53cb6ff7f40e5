import type { NextFunction, Response } from 'express';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../graph/databaseErrors.js';
import { ApiError, errorBody, type ApiErrorCode } from './errors.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * Answers a failed plain-HTTP route (export, guide, explore data) in the API's error shape: client
 * mistakes with their 4xx code, an unreachable database with 503; anything else goes on to the
 * server's last error handler (500, logged).
 */
export function sendRouteError(res: Response, error: unknown, next: NextFunction): void {
  const code = error instanceof ApiError ? String(error.extensions.code) : null;
  if (code !== null && STATUS[code] !== undefined) {
    res.status(STATUS[code]).json(errorBody(error instanceof Error ? error.message : String(error), code as ApiErrorCode));
  } else if (error instanceof DatabaseUnavailableError) {
    res.status(503).set('Retry-After', '5').json(errorBody('The graph database is unavailable; try again later.', 'SERVICE_UNAVAILABLE'));
  } else if (error instanceof DatabaseTimeoutError) {
    res.status(503).set('Retry-After', '5').json(errorBody('The request ran out of time; try again later or ask for less.', 'REQUEST_TIMEOUT'));
  } else {
    next(error);
  }
}
