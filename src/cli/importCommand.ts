import type { Command } from 'commander';
import { printable } from '../app/printable.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

/** Registers `tifa import <folders…> [--from-jsonl FILE…] [--database NAME]`: first load of an empty database through neo4j-admin. */
export function registerImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(
      'first load of an EMPTY local database: extract in parallel to the CSV files of `neo4j-admin database import full`, import them with Neo4j stopped, ' +
        'then start it, build indexes and derived data (for adding to a graph, use tifa ingest)',
    )
    .argument('[paths...]', 'speech files (.txt, .md, .html) or folders holding them')
    .option('--from-jsonl <files...>', 'also (or only) load the output of `tifa extract --jsonl`')
    .option('--database <name>', 'the database to import into: Neo4j Community serves one user database, "neo4j", so this must be neo4j', 'neo4j')
    .option('--workers <n>', 'extraction worker threads (default: one per core)')
    .option('--keep-csv', 'keep the CSV files (under the instance home\'s import/ folder) instead of deleting them')
    .action(async (paths: string[], opts: { fromJsonl?: string[]; database: string; workers?: string; keepCsv?: boolean }) => {
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) throw new CliError(`--workers must be a whole number from 1 to 64, got "${opts.workers}"`);
      if (paths.length === 0 && (opts.fromJsonl ?? []).length === 0) throw new CliError('give speech folders or files, or --from-jsonl FILE…');
      const { importSpeeches } = await import('../app/importSpeeches.js');
      const s = await importSpeeches(ctx.config(), {
        paths, jsonl: opts.fromJsonl ?? [], database: opts.database, keepCsv: opts.keepCsv === true, log: ctx.err,
        ...(workers === undefined ? {} : { workers }),
      });
      for (const m of s.missing) ctx.err(`failed  ${printable(m.file)}: ${m.reason}`);
      for (const k of s.skipped) ctx.err(`skipped ${printable(k.file)}: ${k.reason}`);
      for (const f of s.failures) ctx.err(`failed  ${printable(f.file)}: ${printable(f.reason)}`);
      const p = s.phases;
      ctx.out(
        `imported ${s.speeches} speeches into "${opts.database}" in ${s.seconds.toFixed(1)} s: ${s.nodes} nodes, ${s.relationships} relationships, ` +
          `${s.cooccurs ?? '?'} CO_OCCURS pairs; ${s.duplicates} duplicate texts, ${s.failures.length + s.missing.length} failed`,
      );
      ctx.out(
        `phases: extract ${p.extract.toFixed(1)} s (${s.workers || 'no'} worker threads; rows written alongside: ${s.rowSeconds.toFixed(1)} s of the main thread), ` +
          `csv ${p.csv.toFixed(1)} s, import ${p.import.toFixed(1)} s, empty lists ${p.emptyLists.toFixed(1)} s, indexes ${p.indexes.toFixed(1)} s, derived ${p.derived.toFixed(1)} s`,
      );
      if (s.csvDir !== null) ctx.out(`CSV files kept in ${s.csvDir}`);
      if (s.failures.length + s.missing.length > 0) process.exitCode = 1;
    });
}
