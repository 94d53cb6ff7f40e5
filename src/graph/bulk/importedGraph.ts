import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { mapDatabaseError } from '../databaseErrors.js';
import { toPlain } from '../toPlain.js';
import type { EmptyLists } from './importCsvFiles.js';

const CYPHER = loadCypherSet({
  nodeCount: 'import/nodeCount',
  emptySentenceLists: 'import/emptySentenceLists',
  emptyMentionPositions: 'import/emptyMentionPositions',
});

/** Nodes in the database (0: `tifa import` may replace its store). */
export async function countNodes(db: Database): Promise<number> {
  return db.read(async (tx) => toPlain((await tx.run(CYPHER.nodeCount)).records[0]!.get('nodes')) as number);
}

/**
 * Writes the empty lists the import files could not hold, so the graph is the one `tifa ingest`
 * writes. Each statement batches itself (CALL … IN TRANSACTIONS), which needs an auto-commit
 * session rather than a managed transaction; each runs only when the files held such a list.
 */
export async function writeEmptyLists(db: Database, empty: EmptyLists): Promise<void> {
  const statements = [
    empty.sentenceLists > 0 ? CYPHER.emptySentenceLists : null,
    empty.mentionPositions > 0 ? CYPHER.emptyMentionPositions : null,
  ].filter((s): s is string => s !== null);
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) await session.run(statement);
  } catch (error) {
    throw mapDatabaseError(error);
  } finally {
    await session.close();
  }
}
