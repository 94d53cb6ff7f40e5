import { Neo4jError } from 'neo4j-driver';

/** Any failure of the database, with Neo4j's status code when it gave one. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    /** Neo4j's status code (e.g. Neo.ClientError.Schema.ConstraintValidationFailed) or a driver code. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The database cannot be reached (down, wrong address, refused credentials, cluster without leader). */
export class DatabaseUnavailableError extends DatabaseError {
  override name = 'DatabaseUnavailableError';
}

/** The work took longer than its budget and the database (or the budget) stopped it. */
export class DatabaseTimeoutError extends DatabaseError {
  override name = 'DatabaseTimeoutError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The one place that turns driver errors into DatabaseError / DatabaseUnavailableError; other errors pass through. */
export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError) return error;
  // A request budget's signal aborted the wait for a session (its deadline passed).
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError' || (error as { name?: unknown } | null)?.name === 'AbortError') {
    return new DatabaseTimeoutError('the request ran out of time waiting for the database', 'RequestDeadline', { cause: error });
  }
  if (error instanceof Neo4jError) {
    const code = error.code || 'Neo4jError';
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.Terminated') {
      return new DatabaseTimeoutError(`the database stopped the work at its time limit: ${error.message}`, code, { cause: error });
    }
    // `retryable` is the driver's own verdict; the exported isRetriableError helper loses its
    // `this` when called detached, so read the property instead.
    const transient = error.retryable === true && !code.startsWith('Neo.ClientError');
    if (UNAVAILABLE_CODES.has(code) || (transient && code !== 'Neo.TransientError.General.MemoryPoolOutOfMemoryError')) {
      return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, code, { cause: error });
    }
    return new DatabaseError(`Neo4j error ${code}: ${error.message}`, code, { cause: error });
  }
  return error;
}
