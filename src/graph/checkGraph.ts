import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { cypherPath, loadCypher } from './cypherFiles.js';
import type { Database } from './database.js';
import { toPlain } from './toPlain.js';

/** One broken invariant: what, how many, and a few examples. */
export interface GraphProblem {
  check: string;
  problem: string;
  count: number;
  examples: string[];
}

// Every file in cypher/check is one invariant query: adding a check is adding a file.
const CHECKS = readdirSync(dirname(cypherPath('check/any')))
  .filter((f) => f.endsWith('.cypher'))
  .sort()
  .map((f) => basename(f, '.cypher'))
  .map((name) => ({ name, cypher: loadCypher(`check/${name}`) }));

/** Runs every invariant of cypher/check/ (read-only) and returns what is broken; empty when the graph is sound. */
export async function findGraphProblems(db: Database): Promise<{ checks: string[]; problems: GraphProblem[] }> {
  const problems: GraphProblem[] = [];
  for (const check of CHECKS) {
    const rows = await db.read(async (tx) => (await tx.run(check.cypher)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>));
    for (const row of rows) {
      problems.push({ check: check.name, problem: String(row.problem), count: Number(row.count), examples: (row.examples as unknown[]).map(String) });
    }
  }
  return { checks: CHECKS.map((c) => c.name), problems };
}
