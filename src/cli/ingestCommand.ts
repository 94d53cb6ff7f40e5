import type { Command } from 'commander';
import type { IngestEvent } from '../app/pipeline/ingestSpeeches.js';
import { printable } from '../app/printable.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

function countOption(name: string, min: number, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 64) throw new CliError(`--${name} must be a whole number from ${min} to 64, got "${value}"`);
  return n;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Why the paths cannot be read the way the options say, or null (a dataset needs its text column, and only datasets take one). */
export function datasetUsage(paths: readonly string[], opts: { textField?: string; textFileField?: string; field: string[]; fromJsonl?: boolean }, isDataset: (path: string) => boolean): string | null {
  const asDataset = opts.textField !== undefined || opts.textFileField !== undefined;
  if (asDataset && opts.fromJsonl) return '--from-jsonl reads extracted speeches; --text-field and --text-file-field read datasets: give one or the other';
  if (asDataset) {
    const other = paths.find((p) => !isDataset(p));
    return other === undefined ? null : `${printable(other)}: --text-field and --text-file-field read datasets (.csv, .jsonl) only`;
  }
  if (opts.field.length > 0) return '--field maps the columns of a dataset: give --text-field or --text-file-field too';
  const dataset = opts.fromJsonl ? undefined : paths.find(isDataset);
  return dataset === undefined ? null : `${printable(dataset)} is a dataset: name its text column with --text-field F (or a column naming text files with --text-file-field F)`;
}

/** Registers `tifa ingest <files or folders…> [--concurrency N] [--workers N] [--from-jsonl | --text-field F | --text-file-field F [--field key=column…]]`: extracts speeches and loads them into Neo4j. */
export function registerIngestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('extract speeches from files or folders and load them into Neo4j (idempotent; changed files replace their old speech)')
    .argument('<paths...>', 'speech files (.txt, .md, .html) or folders holding them (a NAME.meta.json beside a text gives its metadata); with --from-jsonl, JSONL files; with --text-field or --text-file-field, datasets (.csv, .jsonl)')
    // One writer by default: with Neo4j on the same machine a second concurrent write transaction
    // made 10,000 speeches slower, not faster (139.8 s vs 130.4 s on 2 cores; more GC for two
    // transactions' state and more JIT work in Neo4j).
    .option('--concurrency <n>', 'write transactions at the same time (several speeches each)', '1')
    .option('--workers <n>', 'extraction worker threads (default: one per core; 0: none)')
    .option('--from-jsonl', 'load the output of `tifa extract --jsonl` instead of extracting files')
    .option('--text-field <column>', 'the paths are datasets (CSV with a header, or JSONL): this column holds each text')
    .option('--text-file-field <column>', 'the paths are datasets: this column names each text file (relative to the dataset)')
    .option('--field <key=column>', 'a dataset column that gives a metadata key (title, venue, date, speaker, speaker.name, speaker.role, genre, level, place); columns named like a key are used without it; repeatable', collect, [])
    .action(async (paths: string[], opts: { concurrency: string; workers?: string; fromJsonl?: boolean; textField?: string; textFileField?: string; field: string[] }) => {
      const concurrency = countOption('concurrency', 1, opts.concurrency);
      const { isDataset } = await import('../app/metadata/readDataset.js');
      const usage = datasetUsage(paths, opts, isDataset);
      if (usage !== null) throw new CliError(usage);
      const asDataset = opts.textField !== undefined || opts.textFileField !== undefined;
      const workers = opts.workers === undefined ? undefined : countOption('workers', 0, opts.workers);
      const config = ctx.config();
      const [{ openDatabase }, { ingestFiles }, { ingestJsonl }, { ingestDatasets }, { default: cliProgress }] = await Promise.all([
        import('../app/openDatabase.js'),
        import('../app/ingestFiles.js'),
        import('../app/ingestJsonl.js'),
        import('../app/ingestDataset.js'),
        import('cli-progress'),
      ]);
      const database = await openDatabase(config, ctx.err);
      let bar: InstanceType<typeof cliProgress.SingleBar> | null = null;
      try {
        const started = performance.now();
        const onEvent = (e: IngestEvent): void => {
          if (bar) {
            bar.update(e.done, { rate: (e.done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1) });
            return;
          }
          if (e.status === 'failed') ctx.err(`failed  ${printable(e.file)}: ${printable(e.reason ?? 'unknown error')}`);
          else ctx.out(`${e.status.padEnd(9)} ${e.id} ${printable(e.file)}${e.mentions > 0 ? ` (${e.mentions} mentions)` : ''}`);
        };
        const onStart = (files: string[]): void => {
          if (!process.stderr.isTTY || files.length === 0) return;
          bar = new cliProgress.SingleBar(
            { format: 'ingest [{bar}] {value}/{total} files | {rate} speeches/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
            cliProgress.Presets.shades_classic,
          );
          bar.start(files.length, 0, { rate: '0.0' });
        };
        const fieldOpts = { ...(opts.textField !== undefined ? { textField: opts.textField } : {}), ...(opts.textFileField !== undefined ? { textFileField: opts.textFileField } : {}), fields: opts.field };
        let texts = 0;
        const { files, missing, skipped, summary } = opts.fromJsonl
          ? { files: paths, missing: [], skipped: [], summary: await ingestJsonl(database.db, paths, { maxTextBytes: config.extract.maxFileBytes, concurrency, onEvent }) }
          : asDataset
            ? { files: paths, missing: [], skipped: [], summary: await ingestDatasets(database.db, paths, { ...fieldOpts, maxFileBytes: config.extract.maxFileBytes, concurrency, onStart: (all) => { texts = all.length; onStart(all); }, onEvent, ...(workers === undefined ? {} : { workers }) }) }
            : await ingestFiles(database.db, paths, { maxFileBytes: config.extract.maxFileBytes, concurrency, onStart, onEvent, ...(workers === undefined ? {} : { workers }) });
        (bar as InstanceType<typeof cliProgress.SingleBar> | null)?.stop();
        for (const m of missing) ctx.err(`failed  ${printable(m.file)}: ${m.reason}`);
        for (const s of skipped) ctx.err(`skipped ${printable(s.file)}: ${s.reason}`);
        if (bar) for (const f of summary.failures) ctx.err(`failed  ${printable(f.file)}: ${printable(f.reason)}`);
        const failed = summary.failed + missing.length;
        ctx.out(
          `ingested ${opts.fromJsonl ? `${summary.new + summary.updated + summary.unchanged + summary.failed} speeches from ${files.length} JSONL files` : asDataset ? `${texts} texts from ${files.length} dataset${files.length === 1 ? '' : 's'}` : `${files.length} files`} in ${summary.seconds.toFixed(1)} s: ${summary.new} new, ${summary.updated} updated, ` +
            `${summary.unchanged} unchanged, ${failed} failed; ${summary.mentions} mentions written` +
            (summary.cooccurs === null ? '' : `; ${summary.cooccurs} CO_OCCURS pairs`),
        );
        if (failed > 0) process.exitCode = 1;
      } finally {
        (bar as InstanceType<typeof cliProgress.SingleBar> | null)?.stop();
        await database.close();
      }
    });
}
