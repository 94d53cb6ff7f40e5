import neo4j from 'neo4j-driver';
import type { Database } from '../database.js';
import { mapDatabaseError } from '../databaseErrors.js';

/**
 * A stamp of the database state: the bookmark of a no-op read transaction, i.e. the last committed
 * transaction id, which changes with every write (from any process). `cypher` is read/graphVersion.
 */
export async function graphVersion(db: Database, cypher: string): Promise<string> {
  // Database.read hides the session, and the bookmark lives on the session.
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(cypher));
    return session.lastBookmarks().join(',');
  } catch (error) {
    throw mapDatabaseError(error);
  } finally {
    await session.close();
  }
}
