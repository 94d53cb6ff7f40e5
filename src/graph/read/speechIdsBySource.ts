import { loadCypher } from '../cypherFiles.js';
import type { Database } from '../database.js';

/**
 * Sources per statement: a parameter list of this size is a few hundred KB, and a run with tens of
 * thousands of files still needs only a handful of round trips.
 */
export const SOURCES_PER_READ = 5_000;

/** The ids of the speeches stored under each of `sources` (sources with none are absent), in routed reads of SOURCES_PER_READ. */
export async function speechIdsBySource(db: Database, sources: readonly string[]): Promise<Map<string, string[]>> {
  const cypher = loadCypher('read/speechIdsBySource');
  const out = new Map<string, string[]>();
  for (let i = 0; i < sources.length; i += SOURCES_PER_READ) {
    const records = await db.readStatement(cypher, { sources: sources.slice(i, i + SOURCES_PER_READ) });
    for (const r of records) out.set(String(r.get('source')), (r.get('ids') as unknown[]).map(String));
  }
  return out;
}
