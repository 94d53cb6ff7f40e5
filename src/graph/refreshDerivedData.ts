import { loadCypher } from './cypherFiles.js';
import type { Database } from './database.js';
import { materialiseCooccurrence } from './cooccurrence/maintenance.js';

const AWAIT_FULLTEXT = loadCypher('write/awaitFulltext');

/**
 * Brings what is derived from the speeches up to date after writes: waits for the (eventually
 * consistent) full-text index and, unless told not to, checks CO_OCCURS (kept current by every
 * write; rebuilt only when something bypassed that). Returns the number of CO_OCCURS pairs, or
 * null when they were not checked or a rebuild could not complete.
 */
export async function refreshDerivedData(db: Database, opts: { cooccurrence: boolean } = { cooccurrence: true }): Promise<number | null> {
  const cooccurs = opts.cooccurrence ? await materialiseCooccurrence(db) : null;
  await db.write((tx) => tx.run(AWAIT_FULLTEXT));
  return cooccurs;
}
