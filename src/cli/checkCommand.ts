import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Registers `tifa check [--metadata]`: verifies the graph's invariants, prints what is wrong, exits 0 (sound) or 1; with --metadata also where given metadata and extraction disagree. */
export function registerCheckCommand(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description("verify the graph's invariants (sections, mentions, orphans, places, derived co-occurrence); exit 1 when one is broken")
    .option('--metadata', 'also extract again the texts given metadata and list the fields where the extractor disagrees with the given value (kept; not a failure)')
    .action(async (opts: { metadata?: boolean }) => {
      const [{ openDatabase }, { checkGraph }, { checkMetadata }] = await Promise.all([import('../app/openDatabase.js'), import('../app/checkGraph.js'), import('../app/checkMetadata.js')]);
      const database = await openDatabase(ctx.config(), ctx.err);
      try {
        const report = await checkGraph(database.db);
        for (const line of report.lines.slice(0, -1)) ctx.err(line);
        ctx.out(report.lines.at(-1)!);
        if (!report.ok) process.exitCode = 1;
        if (opts.metadata) for (const line of (await checkMetadata(database.db)).lines) ctx.out(line);
      } finally {
        await database.close();
      }
    });
}
