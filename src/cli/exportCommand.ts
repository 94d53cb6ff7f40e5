import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { ExportView } from '../app/views/exportViews.js';
import type { TimeTable } from '../app/views/timeTables.js';
import { EXPORT_FORMATS, FILE_FORMATS, type ExportFormat, type FileFormat } from '../export/exportFormats.js';
import type { ExportGraph, Write } from '../export/exportGraph.js';
import { streamWriter } from '../export/streamWriter.js';
import { writeAdminNodesCsv, writeAdminRelationshipsCsv } from '../export/writeAdminCsv.js';
import { writeTableCsv } from '../export/writeTableCsv.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

interface ExportOptions {
  format: string;
  what: string;
  seed?: string;
  scope?: string;
  measure?: string;
  minSupport?: string;
  limit?: string;
  depth?: string;
  types?: string;
  level?: string;
  place?: string;
  genre?: string;
  dateFrom?: string;
  dateTo?: string;
  slogans?: string;
  by?: string;
  within?: string;
  out?: string;
}

// Writes the whole export through `write`.
type Emit = (write: Write) => Promise<void>;

// Counts what passes through, for the closing summary line.
function counted(graph: ExportGraph, tally: { nodes: number; edges: number }): ExportGraph {
  return {
    ...graph,
    eachNode: (visit) => graph.eachNode((n) => (tally.nodes++, visit(n))),
    eachEdge: (visit) => graph.eachEdge((e) => (tally.edges++, visit(e))),
  };
}

// What a failed write of the file means for the user; other errors (the database's) pass as they are.
const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

// Into a temporary file beside the target, renamed at the end: an interrupted export never leaves a
// half file under the real name. Errors name the path the user gave, never the temporary file.
async function writeFileAtomically(path: string, emit: Emit): Promise<void> {
  if ((await stat(path).catch(() => null))?.isDirectory()) throw new CliError(`cannot write ${path}: ${WRITE_ERRORS.EISDIR}`);
  const partial = `${path}.partial-${process.pid}`;
  const file = createWriteStream(partial);
  try {
    await writeTo(file, emit);
    file.end();
    await finished(file);
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    const reason = WRITE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    throw reason === undefined ? error : new CliError(`cannot write ${path}: ${reason}`);
  }
}

async function writeTo(out: Writable, emit: Emit): Promise<void> {
  const writer = streamWriter(out);
  await emit(writer.write);
  await writer.flush();
}

async function runExport(format: ExportFormat, out: string | undefined, graph: ExportGraph, ctx: CliContext): Promise<void> {
  if (format === 'csv') {
    if (out === undefined) throw new CliError('--format csv writes two files (nodes.csv, relationships.csv): give --out <folder>');
    const dir = resolve(out);
    await mkdir(dir, { recursive: true });
    await writeFileAtomically(join(dir, 'nodes.csv'), (write) => writeAdminNodesCsv(graph, write));
    await writeFileAtomically(join(dir, 'relationships.csv'), (write) => writeAdminRelationshipsCsv(graph, write));
    ctx.err(`import with: neo4j-admin database import full --nodes=${join(dir, 'nodes.csv')} --relationships=${join(dir, 'relationships.csv')} <database>`);
    return;
  }
  const emit: Emit = (write) => FILE_FORMATS[format as FileFormat].write(graph, write);
  if (out === undefined) await writeTo(process.stdout, emit);
  else await writeFileAtomically(resolve(out), emit);
}

/** The views `--what` takes (api/exportViews.ts EXPORT_VIEWS; typed against it, listed here so that --help loads no driver). */
const VIEWS: readonly ExportView[] = ['cooccurrence', 'neighbourhood', 'full'];
/** The tables of the time questions (app/views/timeTables.ts TIME_TABLES), written as one CSV file. */
const TABLES: readonly TimeTable[] = ['timeline', 'diffusion', 'distinctive'];

// A time table: CSV only, one file (or standard output).
async function exportTimeTable(what: TimeTable, opts: ExportOptions, ctx: CliContext): Promise<void> {
  if (opts.format.toLowerCase() !== 'csv') throw new CliError(`--what ${what} is a table: give --format csv`);
  const [{ InputError }, { buildTimeTable }, { createReadRepository }, { openDatabase }] = await Promise.all([
    import('../app/InputError.js'),
    import('../app/views/timeTables.js'),
    import('../graph/read/createReadRepository.js'),
    import('../app/openDatabase.js'),
  ]);
  const { db, close } = await openDatabase(ctx.config(), ctx.err);
  try {
    const table = await buildTimeTable(what, opts, createReadRepository(db)).catch((error: unknown) => {
      throw error instanceof InputError ? new CliError(`--${(error.argumentName ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${error.message}`) : error;
    });
    const emit: Emit = (write) => writeTableCsv(table, write);
    if (opts.out === undefined) await writeTo(process.stdout, emit);
    else await writeFileAtomically(resolve(opts.out), emit);
    ctx.err(`exported ${table.rows.length} rows (${what}, csv)${opts.out ? ` to ${opts.out}` : ''}: ${table.note}`);
  } finally {
    await close();
  }
}

/** Registers `tifa export --format graphml|gexf|cytoscape|csv [--what cooccurrence|neighbourhood|full] [--seed …] [--level … --place … --date-from … --date-to …] [--out FILE]`. */
export function registerExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the slogan co-occurrence network, a neighbourhood or the whole graph for Gephi (GEXF), yEd (GraphML), Cytoscape (.cyjs) or neo4j-admin import (CSV)')
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')}`, 'graphml')
    .option('--what <view>', `${[...VIEWS, ...TABLES].join(', ')} (the last three: tables, --format csv)`, 'cooccurrence')
    .option('--slogans <names>', 'timeline: slogans to compare, comma-separated; diffusion: the one slogan')
    .option('--by <period>', 'timeline: YEAR, QUARTER or MONTH (default YEAR)')
    .option('--within <place>', 'diffusion: only the places inside this one (code or official name); --level gives the level (default PROVINCIAL)')
    .option('--seed <id>', 'neighbourhood: the node to start from, e.g. slogan:四个意识 or speech:<id>')
    .option('--depth <n>', 'neighbourhood: hops from the seed (1–3, default 1)')
    .option('--types <list>', 'neighbourhood: node types to include, comma-separated (SLOGAN,SPEECH,…)')
    .option('--scope <scope>', 'cooccurrence: SPEECH, SECTION or SENTENCE (default SPEECH)')
    .option('--measure <measure>', 'cooccurrence: COUNT, JACCARD, PMI, NPMI or LIFT (default NPMI)')
    .option('--min-support <n>', 'cooccurrence: least number of units holding both slogans (default 2)')
    .option('--limit <n>', 'cooccurrence: most pairs (default 200); neighbourhood: most nodes (default 200)')
    .option('--level <level>', 'cooccurrence: only speeches of this level (CENTRAL, PROVINCIAL, CITY, COUNTY, TOWNSHIP)')
    .option('--place <place>', 'cooccurrence: only speeches from this place or inside it (GB/T 2260 code or official name)')
    .option('--genre <genre>', 'cooccurrence: only speeches of this genre (SPEECH, WORK_REPORT, …)')
    .option('--date-from <date>', 'cooccurrence: only speeches delivered on or after this ISO date')
    .option('--date-to <date>', 'cooccurrence: only speeches delivered on or before this ISO date (2026-02 = all of February)')
    .option('--out <path>', 'file to write (a folder for csv); default standard output')
    .action(async (opts: ExportOptions) => {
      if ((TABLES as readonly string[]).includes(opts.what)) return exportTimeTable(opts.what as TimeTable, opts, ctx);
      // The export views and the driver load only now, so `tifa --help` stays fast.
      const [{ InputError }, { buildExport, parseExportRequest }, { createReadRepository }, { openDatabase }] = await Promise.all([
        import('../app/InputError.js'),
        import('../app/views/exportViews.js'),
        import('../graph/read/createReadRepository.js'),
        import('../app/openDatabase.js'),
      ]);
      const format = opts.format.toLowerCase() as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`);
      const { what, minSupport, ...rest } = opts;
      let request;
      try {
        request = parseExportRequest(what, { ...rest, minSupport });
      } catch (error) {
        throw error instanceof InputError ? new CliError(error.message.replace(/^minSupport/, '--min-support').replace(/^date(From|To)/, (_, end: string) => `--date-${end.toLowerCase()}`)) : error;
      }
      const { db, close } = await openDatabase(ctx.config(), ctx.err);
      try {
        const tally = { nodes: 0, edges: 0 };
        const graph = await buildExport(request, db, createReadRepository(db));
        await runExport(format, opts.out, counted(graph, tally), ctx);
        ctx.err(`exported ${tally.nodes} nodes and ${tally.edges} edges (${what}, ${format})${opts.out ? ` to ${opts.out}` : ''}`);
      } finally {
        await close();
      }
    });
}
