import { loadCypher } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';

/** Number of Speech nodes in the graph (one routed read). */
export async function countSpeeches(db: Database): Promise<number> {
  const cypher = loadCypher('read/speechCount');
  return db.read(async (tx) => Number(toPlain((await tx.run(cypher)).records[0]?.get('speeches')) ?? 0));
}
