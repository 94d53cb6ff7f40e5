import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/graph/database.js';
import { emptyGraph, TEST_MARKER as MARKER } from './emptyGraph.js';

/**
 * Opens the integration run's database and empties it, so each test file starts from a clean
 * graph. A database given by NEO4J_URI is only emptied when it is empty already or carries the
 * marker node these tests leave, so a test run never wipes someone's real data.
 */
export async function openTestDatabase(): Promise<Database> {
  const conn = inject('neo4j');
  const db = openDatabase(conn);
  await db.verify();
  if (conn.source === 'env') {
    const { count, marked } = await db.read(async (tx) => {
      const r = await tx.run(`RETURN COUNT { MATCH (n) } AS count, COUNT { MATCH (:${MARKER}) } > 0 AS marked`);
      return { count: r.records[0]!.get('count').toNumber() as number, marked: r.records[0]!.get('marked') as boolean };
    });
    if (count > 0 && !marked) {
      await db.close();
      throw new Error(`refusing to empty ${conn.uri}: it holds ${count} nodes and is not a tifa-graph test database`);
    }
  }
  await emptyGraph(db);
  if (conn.source === 'env') await db.write((tx) => tx.run(`MERGE (:${MARKER})`));
  return db;
}

/**
 * Counts all nodes and relationships, for idempotency checks of writes: the marker node and the
 * co-occurrence rankings (stored by the first co-occurrence read after a write) excluded.
 */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (n) WHERE NOT n:${MARKER} AND NOT n:CooccurrenceRanking WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
    );
    const rec = r.records[0]!;
    return { nodes: rec.get('nodes').toNumber() as number, relationships: rec.get('relationships').toNumber() as number };
  });
}
