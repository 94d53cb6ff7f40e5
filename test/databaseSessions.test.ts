import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionConfig } from 'neo4j-driver';
import type { Database } from '../src/graph/database.js';
import { openTestDatabase } from './support/testDatabase.js';

// Cluster-readiness of the one door to Neo4j: reads go out as READ sessions (routed to readers in a
// cluster or Aura), writes as WRITE sessions, and all of them share one bookmark manager, so a read
// after a write waits for that write wherever it is routed.
describe('database sessions', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db?.close());

  it('opens READ sessions for reads and WRITE sessions for writes, chained by one bookmark manager', async () => {
    const session = vi.spyOn(db.driver, 'session');
    try {
      await db.write((tx) => tx.run("CREATE (:Speech {id: 'bookmark-test', source: 'bookmark-test'})"));
      const seen = await db.read(async (tx) => (await tx.run("MATCH (s:Speech {id: 'bookmark-test'}) RETURN count(s) AS n")).records[0]!.get('n').toNumber());
      expect(seen).toBe(1);
      const configs = session.mock.calls.map((c) => c[0] as SessionConfig);
      expect(configs.map((c) => c.defaultAccessMode)).toEqual(['WRITE', 'READ']);
      expect(configs[0]!.bookmarkManager).toBeDefined();
      expect(configs[1]!.bookmarkManager).toBe(configs[0]!.bookmarkManager);
      expect(configs.every((c) => c.database === db.database)).toBe(true);
    } finally {
      session.mockRestore();
      await db.write((tx) => tx.run("MATCH (s:Speech {id: 'bookmark-test'}) DELETE s"));
    }
  });
});
