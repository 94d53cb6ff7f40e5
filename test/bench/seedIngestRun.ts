import { checkGraph } from '../../src/app/checkGraph.js';
import type { Database } from '../../src/graph/database.js';
import { emptyGraph } from '../support/emptyGraph.js';
import { runPythonLoader } from './pythonBaseline.js';
import { seedCorpusFiles } from './seedCorpus.js';
import { tifaIngestProcess } from './tifaIngestProcess.js';

/** Options of the real-size ingest measurement. */
export interface SeedRunOptions {
  sizes: number[];
  /** Speeches given to the Python loader (0: not run). */
  python: number;
  workers: number;
  concurrency: number;
  /**
   * Loads of each size: the first into a freshly started server, each later one into the emptied
   * graph on the same server, by then warm (its JIT has compiled the write path), as for a second
   * `tifa ingest` or one into a running `tifa up`.
   */
  rounds: number;
  /** Prints a table row as soon as it is measured. */
  row(cells: Array<string | number>): string;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * The ingest measurement: the seed speeches replicated to N real-size files, loaded by the product's
 * `tifa ingest` command (a child process on the benchmark's database: worker threads, batched
 * transactions) into an empty graph; then,
 * in the same run, the Python baseline on the first files, and the ratio of the two rates.
 */
export async function seedIngestRun(db: Database, conn: { uri: string; user: string; password: string }, opts: SeedRunOptions): Promise<string[]> {
  const lines: string[] = [];
  let rate = 0;
  let files: string[] = [];
  for (const n of opts.sizes) {
    const corpus = seedCorpusFiles(n);
    files = corpus.files;
    console.error(`N=${n}: ${corpus.files.length} files, ${mb(corpus.bytes).toFixed(1)} MB in ${corpus.dir}`);
    for (let round = 1; round <= opts.rounds; round++) {
      await emptyGraph(db);
      const summary = await tifaIngestProcess(conn, corpus.dir, { workers: opts.workers, concurrency: opts.concurrency });
      if (summary.failed > 0 || summary.new !== n) throw new Error(`tifa ingest wrote ${summary.new} of ${n} new speeches, ${summary.failed} failed`);
      // The ratio to Python is taken from the first load of the largest size: a fresh server.
      if (round === 1) rate = summary.new / summary.seconds;
      const t = performance.now();
      const check = await checkGraph(db);
      console.log(`tifa check after ingesting ${n}, round ${round} (${((performance.now() - t) / 1000).toFixed(1)} s): ${check.lines.join(' | ')}`);
      if (!check.ok) throw new Error(`tifa check failed after ingesting ${n}, round ${round}: ${check.lines.join(' | ')}`);
      const server = round === 1 ? 'freshly started server' : `same server, warm (round ${round})`;
      lines.push(
        opts.row([n, `tifa ingest (${opts.workers} extraction workers, ${opts.concurrency} writers), ${server}`, summary.new, summary.seconds, summary.new / summary.seconds, mb(corpus.bytes) / summary.seconds, summary.peakRssMb,
          `${summary.mentions} MENTIONS; CO_OCCURS ${summary.cooccurs}`]),
      );
    }
  }
  if (opts.python > 0) {
    await emptyGraph(db);
    const subset = files.slice(0, opts.python);
    const py = await runPythonLoader(conn, subset);
    if ('skipped' in py) {
      console.log(`Python loader: skipped — ${py.skipped}`);
    } else {
      const pyRate = py.speeches / py.seconds;
      lines.push(opts.row([subset.length, 'Python loader (jieba + driver, one MERGE per mention)', py.speeches, py.seconds, pyRate, '—', '—',
        `${py.mentions} MERGEs; tifa ingest ÷ Python = **${(rate / pyRate).toFixed(1)}×**`]));
    }
    await emptyGraph(db);
  }
  return lines;
}
