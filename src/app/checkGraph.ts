import type { Database } from '../graph/database.js';
import { findGraphProblems, type GraphProblem } from '../graph/checkGraph.js';
import { printable } from './printable.js';

/** What `tifa check` found: the invariants it ran, what is broken, and the lines to print. */
export interface CheckReport {
  ok: boolean;
  checks: string[];
  problems: GraphProblem[];
  lines: string[];
}

/**
 * Verifies the graph's invariants (cypher/check/*.cypher): every speech has its sections and its
 * mentions, no orphan section, mention or node, and the derived co-occurrence data agrees with the
 * speeches. Read-only; used by `tifa check` and after every fault test.
 */
export async function checkGraph(db: Database): Promise<CheckReport> {
  const { checks, problems } = await findGraphProblems(db);
  const lines = problems.map((p) => `${p.check}: ${p.count} ${p.problem}, e.g. ${p.examples.map((e) => printable(e.slice(0, 120))).join('; ')}`);
  lines.push(problems.length === 0 ? `graph ok: ${checks.length} checks (${checks.join(', ')})` : `${problems.length} problems found by ${checks.length} checks`);
  return { ok: problems.length === 0, checks, problems, lines };
}
