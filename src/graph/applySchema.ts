import type { Database } from './database.js';
import { loadCypher, splitStatements } from './cypherFiles.js';

/** Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS, then waits until they are online). */
export async function applySchema(db: Database): Promise<void> {
  // Each schema statement needs its own transaction (schema and data writes cannot mix, nor can some schema kinds).
  for (const statement of splitStatements(loadCypher('schema'))) {
    await db.write((tx) => tx.run(statement));
  }
}
