import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseError, DatabaseUnavailableError } from '../graph/databaseErrors.js';

/** The codes a client can see in `extensions.code`. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'REQUEST_TIMEOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

/** A user-facing error with a stable code. */
export class ApiError extends GraphQLError {
  constructor(message: string, code: ApiErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
    this.name = 'ApiError';
  }
}

/** A bad argument (page size over the limit, malformed cursor, unknown id format …). */
export class BadUserInputError extends ApiError {
  constructor(message: string, argumentName?: string) {
    super(message, 'BAD_USER_INPUT', argumentName ? { argumentName } : {});
  }
}

/** A thing that was asked for by key and does not exist (where null is not a useful answer). */
export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** A mutation without, or with a wrong, bearer token. */
export class UnauthenticatedError extends ApiError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED');
  }
}

/** An operation that this server does not allow at all (mutations without a configured token). */
export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

// Like Apollo's unwrapResolverError, but without `instanceof GraphQLError`, which fails when two copies of graphql load (ESM/CJS).
function unwrap(error: unknown): unknown {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof Error ? unwrap(original) : error;
}

const OWN_CODES = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);

const UNAVAILABLE = 'The graph database is unavailable; try again later.';
const INTERNAL = 'Internal server error.';

/**
 * The one place that maps thrown errors to what clients see: database errors get their codes,
 * unknown errors are masked in production, and stack traces never leave the server.
 * `report` receives errors that were not meant for users (for the log).
 */
export function createErrorFormatter(
  production: boolean,
  report: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrap(error);
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError) {
      report(original);
      return { ...base, message: UNAVAILABLE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof DatabaseError) {
      report(original);
      return { ...base, message: production ? INTERNAL : original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; our own rules' codes win.
    const ownCode = (original as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    const code = typeof ownCode === 'string' && OWN_CODES.has(ownCode) ? ownCode : typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') {
      report(original);
      return { ...base, message: production ? INTERNAL : formatted.message, extensions: { ...extensions, code } };
    }
    return { ...base, extensions: { ...extensions, code } };
  };
}

/** A JSON body in GraphQL's error shape, for failures outside GraphQL execution (timeout, body too large, 404). */
export function errorBody(message: string, code: ApiErrorCode): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}
