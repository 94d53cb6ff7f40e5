import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Registers `tifa check`: verifies the graph's invariants, prints what is wrong, exits 0 (sound) or 1. */
export function registerCheckCommand(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description("verify the graph's invariants (sections, mentions, orphans, derived co-occurrence); exit 1 when one is broken")
    .action(async () => {
      const [{ openDatabase }, { checkGraph }] = await Promise.all([import('../app/openDatabase.js'), import('../app/checkGraph.js')]);
      const database = await openDatabase(ctx.config(), ctx.err);
      try {
        const report = await checkGraph(database.db);
        for (const line of report.lines.slice(0, -1)) ctx.err(line);
        ctx.out(report.lines.at(-1)!);
        if (!report.ok) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
