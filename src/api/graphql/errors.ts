import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { InputError } from '../../app/InputError.js';
import { MAX_ECHO_CHARS } from '../../app/printable.js';
import { DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/databaseErrors.js';

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

const OWN_CODES = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'REQUEST_TIMEOUT', 'SERVICE_UNAVAILABLE', 'PAYLOAD_TOO_LARGE']);

const UNAVAILABLE = 'The graph database is unavailable; try again later.';
const INTERNAL = 'Internal server error.';
const TIMED_OUT = 'The request ran out of time; the database work was stopped. Ask for less.';
const OUT_OF_MEMORY = 'The graph database has no memory left for this request now; try again later or ask for less.';

// Neo4j's answers when a transaction would pass db.memory.transaction.max or the pool of all
// transactions (dbms.memory.transaction.total.max) is spent: the server is fine, this work is not
// possible now. Transient errors are the server's own word that a retry may succeed.
const isOutOfMemory = (code: string) => /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/i.test(code);
const isTransient = (code: string) => code.startsWith('Neo.TransientError.');

/** Seconds a client is asked to wait before it retries a 503. */
export const RETRY_AFTER_SECONDS = 5;

// The HTTP status of an answer with errors; the first entry found in the answer wins, so a database
// that is away (503, retry later) outranks client mistakes, which are 4xx, never a 200 or a 500.
const STATUS_OF: Array<[string, number]> = [
  ['SERVICE_UNAVAILABLE', 503],
  ['REQUEST_TIMEOUT', 503],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['PAYLOAD_TOO_LARGE', 413],
  ['BAD_USER_INPUT', 400],
  ['QUERY_TOO_DEEP', 400],
  ['QUERY_TOO_COMPLEX', 400],
  ['NOT_FOUND', 404],
];

/** The HTTP status of an answer holding errors of these codes (undefined: none is a client's or the database's). */
export function statusOfCodes(codes: Iterable<unknown>): number | undefined {
  const found = new Set(codes);
  return STATUS_OF.find(([code]) => found.has(code))?.[1];
}

/** What a client is told of a thrown error; `internal` ones are logged and, in production, masked. */
export interface PublicError {
  code: ApiErrorCode;
  message: string;
  extensions?: Record<string, unknown>;
  internal: boolean;
}

/**
 * The one place that says what each kind of thrown error means to a client: the application's
 * input errors are the caller's mistake (BAD_USER_INPUT, NOT_FOUND), a database that is away, out
 * of time, out of memory for the request or otherwise transiently failing is a 503 to retry, our own coded errors keep their code; null for anything else (a bug).
 */
export function publicError(error: unknown, production: boolean): PublicError | null {
  if (error instanceof InputError) {
    return {
      code: error.missing ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      message: clipMessage(error.message),
      ...(error.argumentName ? { extensions: { argumentName: error.argumentName } } : {}),
      internal: false,
    };
  }
  if (error instanceof DatabaseError && isOutOfMemory(error.code)) return { code: 'SERVICE_UNAVAILABLE', message: OUT_OF_MEMORY, internal: true };
  if (error instanceof DatabaseUnavailableError) return { code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE, internal: true };
  if (error instanceof DatabaseTimeoutError) return { code: 'REQUEST_TIMEOUT', message: TIMED_OUT, internal: true };
  if (error instanceof DatabaseError && isTransient(error.code)) return { code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE, internal: true };
  if (error instanceof DatabaseError) return { code: 'INTERNAL_SERVER_ERROR', message: production ? INTERNAL : error.message, internal: true };
  const ownCode = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof ownCode === 'string' && OWN_CODES.has(ownCode)) {
    return { code: ownCode as ApiErrorCode, message: clipMessage((error as Error).message), internal: false };
  }
  return null;
}

/** Sets the HTTP status of answers with coded errors (see STATUS_OF); a 503 also says when to retry. */
export function statusFromErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.length) return;
          const status = statusOfCodes(errors.map((e) => e.extensions?.code));
          if (status === undefined) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * Formats errors for GraphQL answers (publicError says what each means): unknown errors are masked
 * in production, and stack traces never leave the server. `report` receives errors that were not
 * meant for users (for the log).
 */
export function createErrorFormatter(
  production: boolean,
  report: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrap(error);
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const base = { message: clipMessage(formatted.message), locations: formatted.locations, path: formatted.path };
    const known = publicError(original, production);
    if (known) {
      if (known.internal) report(original);
      // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; our own rules' codes win.
      const own = original instanceof InputError || known.internal ? { ...known.extensions } : { ...extensions, ...known.extensions };
      return { ...base, message: known.internal || original instanceof InputError ? known.message : base.message, extensions: { ...own, code: known.code } };
    }
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
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
