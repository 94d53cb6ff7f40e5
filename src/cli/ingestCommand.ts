import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { extractFile } from '../extract/extractFile.js';
import { applySchema } from '../graph/applySchema.js';
import { openDatabase } from '../graph/database.js';
import { ingestSpeeches, type ExtractOutcome, type IngestEvent } from '../graph/ingestSpeeches.js';
import { resolveDatabase } from '../graph/resolveDatabase.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

const SPEECH_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** Expands files and folders (recursively, speech extensions only, sorted) to absolute file paths; unreadable arguments are returned apart. */
export async function listSpeechFiles(args: string[]): Promise<{ files: string[]; missing: Array<{ file: string; reason: string }> }> {
  const files: string[] = [];
  const missing: Array<{ file: string; reason: string }> = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && SPEECH_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
    }
  };
  for (const arg of args) {
    const path = resolve(arg);
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else files.push(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({ file: arg, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(error)})` });
    }
  }
  return { files: [...new Set(files)], missing };
}

/** Reads and extracts one file for ingestion; a file that cannot be used becomes `{ ok: false, reason }`. */
export async function extractForIngest(file: string, maxBytes: number): Promise<ExtractOutcome> {
  const bytes = await readFile(file);
  const result = extractFile(bytes, file, maxBytes);
  if (result.ok) return result;
  return { ok: false, reason: result.diagnostics.map((d) => d.message.replace(`${file}: `, '')).join('; ') || 'cannot be extracted' };
}

function concurrencyOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`--concurrency must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Registers `tifa ingest <files or folders…> [--concurrency N]`: extracts speeches and loads them into Neo4j. */
export function registerIngestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('extract speeches from files or folders and load them into Neo4j (idempotent; changed files replace their old speech)')
    .argument('<paths...>', 'speech files (.txt, .md, .html) or folders holding them')
    .option('--concurrency <n>', 'speeches written at the same time (separate transactions)', '4')
    .action(async (paths: string[], opts: { concurrency: string }) => {
      const concurrency = concurrencyOption(opts.concurrency);
      const config = ctx.config();
      const { files, missing } = await listSpeechFiles(paths);
      for (const m of missing) ctx.err(`failed  ${m.file}: ${m.reason}`);
      if (files.length === 0 && missing.length === 0) throw new CliError(`no speech files (${[...SPEECH_EXTENSIONS].join(', ')}) under ${paths.join(', ')}`);

      const resolved = await resolveDatabase(config, { mode: 'shared', log: ctx.err });
      const db = openDatabase(resolved);
      const bar =
        process.stderr.isTTY && files.length > 0
          ? new cliProgress.SingleBar(
              { format: 'ingest [{bar}] {value}/{total} files | {rate} speeches/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
      try {
        await db.verify();
        await applySchema(db);
        const started = performance.now();
        bar?.start(files.length, 0, { rate: '0.0' });
        const onEvent = (e: IngestEvent): void => {
          if (bar) {
            bar.update(e.done, { rate: (e.done / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1) });
            return;
          }
          if (e.status === 'failed') ctx.err(`failed  ${e.file}: ${e.reason}`);
          else ctx.out(`${e.status.padEnd(9)} ${e.id} ${e.file}${e.mentions > 0 ? ` (${e.mentions} mentions)` : ''}`);
        };
        const extract = (file: string): Promise<ExtractOutcome> => extractForIngest(file, config.extract.maxFileBytes);
        const summary = await ingestSpeeches(db, files, { extract, concurrency, onEvent });
        bar?.stop();
        if (bar) for (const f of summary.failures) ctx.err(`failed  ${f.file}: ${f.reason}`);
        const failed = summary.failed + missing.length;
        ctx.out(
          `ingested ${files.length} files in ${summary.seconds.toFixed(1)} s: ${summary.new} new, ${summary.updated} updated, ` +
            `${summary.unchanged} unchanged, ${failed} failed; ${summary.mentions} mentions written` +
            (summary.cooccurs === null ? '' : `; ${summary.cooccurs} CO_OCCURS pairs`),
        );
        if (failed > 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        await db.close();
        await resolved.stop();
      }
    });
}
