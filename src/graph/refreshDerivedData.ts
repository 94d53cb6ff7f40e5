import { loadCypher } from './cypherFiles.js';
import type { Database } from './database.js';
import { materialiseCooccurrence } from './sloganCooccurrence.js';

const AWAIT_FULLTEXT = loadCypher('write/awaitFulltext');

/**
 * Brings what is derived from the speeches up to date after writes: waits for the (eventually
 * consistent) full-text index and, unless told not to, rewrites CO_OCCURS. Returns the number of
 * CO_OCCURS pairs written, or null when they were not rebuilt.
 */
export async function refreshDerivedData(db: Database, opts: { cooccurrence: boolean } = { cooccurrence: true }): Promise<number | null> {
  const cooccurs = opts.cooccurrence ? await materialiseCooccurrence(db) : null;
  await db.write((tx) => tx.run(AWAIT_FULLTEXT));
  return cooccurs;
}
