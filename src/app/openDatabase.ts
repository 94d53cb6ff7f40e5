import type { Config } from '../config.js';
import { applySchema } from '../graph/applySchema.js';
import { openDatabase as connect, type Database } from '../graph/database.js';
import { resolveDatabase, type ResolvedDatabase } from './resolveDatabase.js';

export type { Database };

/** An open, verified database with the schema applied, as every command needs it. */
export interface OpenDatabase {
  db: Database;
  /** Where it runs (NEO4J_URI or the local instance). */
  resolved: ResolvedDatabase;
  /** Closes the driver; a local instance keeps running for the next command. */
  close(): Promise<void>;
}

/**
 * The database lifecycle, written once: resolve (NEO4J_URI or the local instance) → open a driver →
 * verify that it answers → apply the schema. A failure on the way closes the driver before it throws.
 */
export async function openDatabase(config: Config, log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  const resolved = await resolveDatabase(config, log);
  const db = connect(resolved);
  try {
    await db.verify();
    await applySchema(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, resolved, close: () => db.close() };
}
