import type { NextFunction, Response } from 'express';
import { errorBody, publicError, RETRY_AFTER_SECONDS, statusOfCodes } from '../graphql/errors.js';

/**
 * Answers a failed plain-HTTP route (export, guide, explore data) in the API's error shape, as
 * publicError says: client mistakes with their 4xx code, a database that is away or out of time
 * with 503 and Retry-After; anything else goes on to the server's last error handler (500, logged).
 */
export function sendRouteError(res: Response, error: unknown, next: NextFunction): void {
  const known = publicError(error, true);
  const status = known ? statusOfCodes([known.code]) : undefined;
  if (!known || status === undefined) return next(error);
  if (status === 503) res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(status).json(errorBody(known.message, known.code));
}
