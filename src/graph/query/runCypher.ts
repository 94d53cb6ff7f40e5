import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../database.js';
import { recordToPlain } from '../toPlain.js';

/** The statement would write but `--write` was not given. */
export class ReadOnlyQueryError extends Error {
  override name = 'ReadOnlyQueryError';
}

/** A query's answer as plain values: the column names in RETURN order and one object per row. */
export interface QueryAnswer {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

const SYNTAX_ERROR = 'Neo.ClientError.Statement.SyntaxError';

// Neo4j's own verdict from the plan: 'r' read, 'rw' read-write, 'w' write, 's' schema. A statement
// that does not parse is sent again as the user wrote it, in a read transaction, so that the error
// quotes their text and its line, column and offset point into it rather than into the EXPLAIN.
async function queryType(db: Database, cypher: string, params: Record<string, unknown>): Promise<string> {
  try {
    return await db.read(async (tx) => (await tx.run(`EXPLAIN ${cypher}`, params)).summary.queryType);
  } catch (error) {
    if ((error as { code?: string }).code !== SYNTAX_ERROR) throw error;
    await db.read(async (tx) => tx.run(cypher, params));
    throw error; // parses alone but not after EXPLAIN (it starts with EXPLAIN or PROFILE itself)
  }
}

/**
 * Runs one Cypher statement with the given parameters (BigInt values go as INTEGER). Without
 * `write`, Neo4j's plan must say the statement only reads (ReadOnlyQueryError otherwise) and it
 * runs in a read transaction; with `write` it runs in a write transaction, all of it or nothing.
 */
export async function runCypher(
  db: Database,
  cypher: string,
  params: Record<string, unknown>,
  opts: { write: boolean },
): Promise<QueryAnswer> {
  if (!opts.write) {
    const type = await queryType(db, cypher, params);
    if (type !== 'r') throw new ReadOnlyQueryError('this statement writes to the graph; run it again with --write if that is intended');
  }
  const work = async (tx: ManagedTransaction): Promise<QueryAnswer> => {
    const result = tx.run(cypher, params);
    const columns = await result.keys(); // known even when no row comes back
    const { records } = await result;
    return { columns, rows: records.map((r) => recordToPlain(r)) };
  };
  return opts.write ? db.write(work) : db.read(work);
}
