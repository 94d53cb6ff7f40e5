import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { currentDatabaseBudget, Semaphore } from './databaseBudget.js';
import { DatabaseTimeoutError, DatabaseUnavailableError, mapDatabaseError } from './databaseErrors.js';

/** How to reach a Neo4j database. */
export interface DatabaseConnection {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** A driver plus managed read/write transactions on one database; the only door to Neo4j. */
export interface Database {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Runs idempotent read work in a read transaction, retried on transient failures, routed to a reader in a cluster. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Runs idempotent write work in a write transaction on the leader, retried on transient failures: all of it or none. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * One read statement as an auto-commit transaction, routed like `read` and under the same
   * permits, deadline, retries and bookmarks: one round trip where `read` needs two (BEGIN with
   * the statement, then COMMIT), for hot reads that are a single statement.
   */
  readStatement(cypher: string, parameters: Record<string, unknown>): Promise<Neo4jRecord[]>;
  /**
   * Lends a read session for work a managed transaction cannot do (streaming rows out as they come,
   * reading the session's bookmark), under the same permits and deadline as `read`; `timeoutMs` is
   * what is left of the deadline, for the statement's transaction timeout. Not retried: rows already
   * handed on cannot be taken back.
   */
  readSession<T>(work: (session: Session, timeoutMs: number) => Promise<T>): Promise<T>;
  /** Checks that the server answers; throws DatabaseUnavailableError otherwise. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Why these numbers: a stopped Neo4j must be reported in about a second, not after the driver's
 * defaults (60 s pool wait, 30 s of retries). A stopped server refuses connections at once; 5 s to
 * connect covers a server still warming up on a loaded machine; a few connections are kept out of
 * reach of queries so that /health (verify) always gets one.
 */
export const DRIVER_LIMITS = {
  poolSize: 50,
  /** Connections only verify() may use. */
  reservedForHealth: 4,
  connectMs: 5_000,
  acquireMs: 5_000,
  /** Retry budget of work without a request budget when the server is away or changing roles. */
  retryMs: 3_000,
  /**
   * Retry budget of work without a request budget when the server answered with a lock conflict:
   * concurrent ingest batches share hot slogans and co-occurrence pairs, and on a loaded machine a
   * deadlocked batch can need several rounds. A server that answers is no reason to give up fast.
   */
  lockRetryMs: 60_000,
  /** Work without a request budget may run this long per transaction. */
  transactionMs: 10 * 60_000,
} as const;

const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

/** A transient failure from a server that answered: a deadlock or a lock wait that timed out. */
export function isLockConflict(error: Neo4jError): boolean {
  return /DeadlockDetected|LockClient|Lock(Acquisition)?Timeout/i.test(error.code ?? '');
}

/** Opens a driver for the connection (bolt://, neo4j://, +s and +ssc schemes); errors map through databaseErrors. */
export function openDatabase(conn: DatabaseConnection): Database {
  // An empty password means a server with auth disabled (our local instance).
  const auth = conn.password === '' ? undefined : neo4j.auth.basic(conn.user, conn.password);
  const driver = neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: DRIVER_LIMITS.poolSize,
    connectionAcquisitionTimeout: DRIVER_LIMITS.acquireMs,
    connectionTimeout: DRIVER_LIMITS.connectMs,
    userAgent: 'tifa-graph',
  });
  const database = conn.database;
  // Causal consistency across sessions: every session hands its bookmark to the next, so a read
  // routed to a secondary (neo4j:// or neo4j+s:// to a cluster or Aura) waits until that server has
  // applied the writes this process made before it. On a single server this costs nothing.
  const bookmarkManager = neo4j.bookmarkManager();
  const sessions = new Semaphore(DRIVER_LIMITS.poolSize - DRIVER_LIMITS.reservedForHealth);

  // One attempt: an explicit transaction with a server-side timeout, committed or rolled back.
  async function attempt<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = driver.session({ database, bookmarkManager, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        // The work only calls run(), all a ManagedTransaction offers; commit and rollback stay here.
        const result = await work(tx as unknown as ManagedTransaction);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } finally {
      await session.close().catch(() => {});
    }
  }

  // Every piece of work holds a session permit of its request's budget (if any) and one of the
  // pool's, so one request cannot take the pool and /health keeps its reserved connections.
  async function permitted<T>(work: (deadline: number) => Promise<T>): Promise<T> {
    const budget = currentDatabaseBudget();
    if (budget?.unavailable) throw budget.unavailable;
    let releaseOwn: (() => void) | undefined;
    try {
      releaseOwn = await budget?.sessions.acquire(budget.signal);
      const release = await sessions.acquire(budget?.signal);
      try {
        return await work(budget?.deadline ?? Number.POSITIVE_INFINITY);
      } finally {
        release();
      }
    } catch (error) {
      const mapped = mapDatabaseError(error);
      if (budget && mapped instanceof DatabaseUnavailableError) budget.unavailable = mapped;
      throw mapped;
    } finally {
      releaseOwn?.();
    }
  }

  const timeLeft = (deadline: number): number => {
    const left = deadline - Date.now();
    if (left <= 0) throw new DatabaseTimeoutError('the request ran out of time before the database work could start', 'RequestDeadline');
    return Math.max(1, Math.floor(Math.min(left, DRIVER_LIMITS.transactionMs)));
  };

  // The driver's managed transactions retry for 30 s with no way to shorten it per call; this loop
  // retries the same transient failures within the caller's budget, so an API request fails fast.
  function run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return retried((timeoutMs) => attempt(mode, work, timeoutMs));
  }

  // One attempt of a single read statement in an auto-commit transaction (RUN and PULL in one round trip).
  async function statement(cypher: string, parameters: Record<string, unknown>, timeoutMs: number): Promise<Neo4jRecord[]> {
    const session = driver.session({ database, bookmarkManager, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(cypher, parameters, { timeout: timeoutMs })).records;
    } finally {
      await session.close().catch(() => {});
    }
  }

  function retried<T>(once: (timeoutMs: number) => Promise<T>): Promise<T> {
    const budget = currentDatabaseBudget();
    const started = Date.now();
    const retryUntil = (error: Neo4jError) =>
      started + (budget?.retryMs ?? (isLockConflict(error) ? DRIVER_LIMITS.lockRetryMs : DRIVER_LIMITS.retryMs));
    return permitted(async (deadline) => {
      for (let backoff = FIRST_BACKOFF_MS; ; backoff *= 2) {
        try {
          return await once(timeLeft(deadline));
        } catch (error) {
          const retryable = error instanceof Neo4jError && error.retryable === true;
          const wait = Math.min(backoff, MAX_BACKOFF_MS) * (0.8 + Math.random() * 0.4);
          if (!retryable || Date.now() + wait > Math.min(retryUntil(error), deadline) || budget?.signal.aborted) throw error;
          await sleep(wait);
        }
      }
    });
  }

  return {
    driver,
    database,
    read: (work) => run('READ', work),
    write: (work) => run('WRITE', work),
    readStatement: (cypher, parameters) => retried((timeoutMs) => statement(cypher, parameters, timeoutMs)),
    readSession: (work) =>
      permitted(async (deadline) => {
        const timeoutMs = timeLeft(deadline);
        const session = driver.session({ database, bookmarkManager, defaultAccessMode: neo4j.session.READ });
        try {
          return await work(session, timeoutMs);
        } finally {
          await session.close().catch(() => {});
        }
      }),
    async verify() {
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        throw mapDatabaseError(error);
      }
    },
    close: () => driver.close(),
  };
}
