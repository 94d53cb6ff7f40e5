import { loadCypher } from '../cypherFiles.js';
import type { Database } from '../database.js';

/**
 * Sources per statement: a parameter list of this size is a few hundred KB, and a run with tens of
 * thousands of files still needs only a handful of round trips.
 */
export const SOURCES_PER_READ = 5_000;

/** A speech stored under a source: its id and the hash of the metadata given with it (null when none was). */
export interface StoredSpeechRef {
  id: string;
  givenSha256: string | null;
}

/** The speeches stored under each of `sources` (sources with none are absent), in routed reads of SOURCES_PER_READ. */
export async function speechIdsBySource(db: Database, sources: readonly string[]): Promise<Map<string, StoredSpeechRef[]>> {
  const cypher = loadCypher('read/speechIdsBySource');
  const out = new Map<string, StoredSpeechRef[]>();
  for (let i = 0; i < sources.length; i += SOURCES_PER_READ) {
    const records = await db.readStatement(cypher, { sources: sources.slice(i, i + SOURCES_PER_READ) });
    for (const r of records) {
      const speeches = r.get('speeches') as Array<{ id: unknown; givenSha256: unknown }>;
      out.set(String(r.get('source')), speeches.map((s) => ({ id: String(s.id), givenSha256: s.givenSha256 === null ? null : String(s.givenSha256) })));
    }
  }
  return out;
}
