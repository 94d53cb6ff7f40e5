import type { Database } from '../database.js';

/**
 * A stamp of the database state: the bookmark of a no-op read, i.e. the last committed
 * transaction id, which changes with every write (from any process). `cypher` is read/graphVersion.
 */
export async function graphVersion(db: Database, cypher: string): Promise<string> {
  // Database.read hides the session, and the bookmark lives on the session.
  return db.readSession(async (session, timeout) => {
    await session.run(cypher, {}, { timeout });
    return session.lastBookmarks().join(',');
  });
}
