import type { Database } from '../../src/graph/database.js';

/** Label of the node that marks a NEO4J_URI database as made by these tests (never deleted). */
export const TEST_MARKER = 'TifaTestDatabase';

/**
 * Deletes every relationship, then every node but the test marker, in batches. Relationships go
 * first: a DETACH DELETE of a hub slogan with thousands of edges exceeds the transaction memory pool.
 */
export async function emptyGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run(`MATCH (n) WHERE NOT n:${TEST_MARKER} CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}
