import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { findRankingProblems } from './cooccurrence/ranking.js';
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

const RANKING_CHECK = 'cooccurrenceRanking';

/** Runs every invariant of cypher/check/ (read-only) and returns what is broken; empty when the graph is sound. */
export async function findGraphProblems(db: Database): Promise<{ checks: string[]; problems: GraphProblem[] }> {
  const problems: GraphProblem[] = [];
  for (const check of CHECKS) {
    const rows = await db.read(async (tx) => (await tx.run(check.cypher)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>));
    for (const row of rows) {
      problems.push({ check: check.name, problem: String(row.problem), count: Number(row.count), examples: (row.examples as unknown[]).map(String) });
    }
  }
  // Stored co-occurrence rankings are compared with a recomputation from the counts (TypeScript
  // holds the comparison; the counts themselves are checked by cypher/check/cooccurrence.cypher).
  const rankings = await findRankingProblems(db);
  if (rankings.length > 0) {
    problems.push({ check: RANKING_CHECK, problem: 'stored co-occurrence rankings that differ from the counts', count: rankings.length, examples: rankings.slice(0, 5).map((p) => p.detail) });
  }
  return { checks: [...CHECKS.map((c) => c.name), RANKING_CHECK], problems };
}
