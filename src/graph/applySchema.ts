import neo4j from 'neo4j-driver';
import type { Database } from './database.js';
import { loadCypher, splitStatements } from './cypherFiles.js';

const LIST_COUNTS_BATCH = 1000;

/**
 * Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS, then waits until they
 * are online), then stores the list sizes of speeches that lack them (cypher/write/listCounts.cypher)
 * and puts a graph written before the country was the root place under it (cypher/write/countryRoot.cypher).
 */
export async function applySchema(db: Database): Promise<void> {
  // Each schema statement needs its own transaction (schema and data writes cannot mix, nor can some schema kinds).
  for (const statement of splitStatements(loadCypher('schema'))) {
    await db.write((tx) => tx.run(statement));
  }
  const listCounts = loadCypher('write/listCounts');
  for (;;) {
    const updated = await db.write(async (tx) => Number((await tx.run(listCounts, { batch: neo4j.int(LIST_COUNTS_BATCH) })).records[0]!.get('updated')));
    if (updated < LIST_COUNTS_BATCH) break;
  }
  await db.write((tx) => tx.run(loadCypher('write/countryRoot')));
}
