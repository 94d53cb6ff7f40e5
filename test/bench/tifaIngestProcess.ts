import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IngestSummary } from '../../src/app/pipeline/ingestSpeeches.js';

/** What one `tifa ingest` run printed: its summary line's figures and the process's peak RSS. */
export type TifaIngestRun = Pick<IngestSummary, 'seconds' | 'new' | 'updated' | 'unchanged' | 'failed' | 'mentions' | 'cooccurs'> & {
  files: number;
  peakRssMb: number;
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PEAK_RSS = fileURLToPath(new URL('./reportPeakRss.mjs', import.meta.url));
const SUMMARY = /^ingested (\d+) files in ([\d.]+) s: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed; (\d+) mentions written(?:; (\d+) CO_OCCURS pairs)?$/m;

/**
 * Runs the product's command, `node bin/tifa.mjs ingest DIR`, against the benchmark's database:
 * what a user runs is the compiled JavaScript (bin/tifa.mjs rebuilds dist/ first when a source is
 * newer) with glibc's malloc on huge pages, not this script's tsx, whose transpiled code cost the
 * ingest ~12–18 % more Node CPU (measured side by side).
 */
export async function tifaIngestProcess(conn: { uri: string; user: string; password: string }, dir: string, opts: { workers: number; concurrency: number }): Promise<TifaIngestRun> {
  const args = ['bin/tifa.mjs', 'ingest', dir, '--workers', String(opts.workers), '--concurrency', String(opts.concurrency)];
  const nodeOptions = [process.env.NODE_OPTIONS ?? '', `--import=${PEAK_RSS}`].join(' ').trim();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NODE_OPTIONS: nodeOptions },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lastOut = '';
  let err = '';
  // One line per file on stdout: keep only the tail, where the summary is.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (lastOut = (lastOut + chunk).slice(-4096)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('close', resolve));
  const summary = SUMMARY.exec(lastOut);
  const failures = err.split('\n').filter((l) => l.startsWith('failed') || l.startsWith('tifa:')).slice(0, 3).join('; ');
  if (code !== 0 || summary === null) throw new Error(`tifa ingest ${dir} exited with ${code}${failures ? `: ${failures}` : ''}${summary === null ? ' (no summary line)' : ''}`);
  const peaks = [...err.matchAll(/^tifa-bench-peak-rss-kb (\d+)$/gm)].map((m) => Number(m[1]));
  const n = (i: number): number => Number(summary[i]);
  return {
    files: n(1), seconds: n(2), new: n(3), updated: n(4), unchanged: n(5), failed: n(6), mentions: n(7),
    cooccurs: summary[8] === undefined ? null : n(8),
    peakRssMb: peaks.length > 0 ? Math.max(...peaks) / 1024 : Number.NaN,
  };
}
