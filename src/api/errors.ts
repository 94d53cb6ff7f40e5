import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError } from '../graph/databaseErrors.js';

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

/** The most characters of a client's argument an error message repeats. */
export const MAX_ECHO_CHARS = 100;

/** A client's value as an error message may repeat it: quoted, cut to MAX_ECHO_CHARS. */
export function quote(value: string): string {
  return JSON.stringify(value.length > MAX_ECHO_CHARS ? `${value.slice(0, MAX_ECHO_CHARS)}…` : value);
}

// Messages written by graphql and Apollo quote values too ('got invalid value "…"'): cut every quoted
// run, and the message itself, so no request can make the server echo a megabyte back.
function clipMessage(message: string): string {
  const clipped = message.replace(/"((?:[^"\\]|\\.){100})(?:[^"\\]|\\.)+"/g, (_m, head: string) => `"${head}…"`);
  return clipped.length > 4 * MAX_ECHO_CHARS + 200 ? `${clipped.slice(0, 4 * MAX_ECHO_CHARS + 200)}…` : clipped;
}

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

const OWN_CODES = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'REQUEST_TIMEOUT']);

const UNAVAILABLE = 'The graph database is unavailable; try again later.';
const INTERNAL = 'Internal server error.';
const TIMED_OUT = 'The request ran out of time; the database work was stopped. Ask for less.';

// The HTTP status of an answer with errors; the first entry found in the answer wins, so a database
// that is away (503, retry later) outranks client mistakes, which are 4xx, never a 200 or a 500.
const STATUS_OF: Array<[string, number]> = [
  ['SERVICE_UNAVAILABLE', 503],
  ['REQUEST_TIMEOUT', 503],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['BAD_USER_INPUT', 400],
  ['QUERY_TOO_DEEP', 400],
  ['QUERY_TOO_COMPLEX', 400],
  ['NOT_FOUND', 404],
];

/** Sets the HTTP status of answers with coded errors (see STATUS_OF); a 503 also says when to retry. */
export function statusFromErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.length) return;
          const found = new Set(errors.map((e) => e.extensions?.code));
          const status = STATUS_OF.find(([code]) => found.has(code))?.[1];
          if (status === undefined) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}

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
    const base = { message: clipMessage(formatted.message), locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError) {
      report(original);
      return { ...base, message: UNAVAILABLE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof DatabaseTimeoutError) {
      report(original);
      return { ...base, message: TIMED_OUT, extensions: { code: 'REQUEST_TIMEOUT' } };
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
      return { ...base, message: production ? INTERNAL : base.message, extensions: { ...extensions, code } };
    }
    return { ...base, extensions: { ...extensions, code } };
  };
}

/** A JSON body in GraphQL's error shape, for failures outside GraphQL execution (timeout, body too large, 404). */
export function errorBody(message: string, code: ApiErrorCode): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}
