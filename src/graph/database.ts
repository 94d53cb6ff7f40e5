import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapDatabaseError } from './databaseErrors.js';

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
  /** Runs idempotent read work in a managed (retried) read transaction, routed to a reader in a cluster. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Runs idempotent write work in a managed (retried) write transaction on the leader: all of it or none. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Checks that the server answers; throws DatabaseUnavailableError otherwise. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a driver for the connection (bolt://, neo4j://, +s and +ssc schemes); errors map through databaseErrors. */
export function openDatabase(conn: DatabaseConnection): Database {
  // An empty password means a server with auth disabled (our local instance).
  const auth = conn.password === '' ? undefined : neo4j.auth.basic(conn.user, conn.password);
  const driver = neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 60_000,
    userAgent: 'tifa-graph',
  });
  const database = conn.database;
  // Causal consistency across sessions: every session hands its bookmark to the next, so a read
  // routed to a secondary (neo4j:// or neo4j+s:// to a cluster or Aura) waits until that server has
  // applied the writes this process made before it. On a single server this costs nothing.
  const bookmarkManager = neo4j.bookmarkManager();

  async function run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ database, bookmarkManager, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  return {
    driver,
    database,
    read: (work) => run('READ', work),
    write: (work) => run('WRITE', work),
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
