import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER = resolve(fileURLToPath(new URL('../../', import.meta.url)), 'tools/bench/pyLoader.py');

/** What the Python baseline did, or why it did not run. */
export type PythonRun = { speeches: number; mentions: number; seconds: number } | { skipped: string };

/**
 * Runs tools/bench/pyLoader.py (jieba + the official driver, one MERGE per mention) on the files
 * against the given database. TIFA_BENCH_PYTHON names the interpreter (default python3); when it
 * cannot import jieba and neo4j the run is skipped with the reason, never faked.
 */
export async function runPythonLoader(conn: { uri: string; user: string; password: string }, files: readonly string[]): Promise<PythonRun> {
  const python = process.env.TIFA_BENCH_PYTHON ?? 'python3';
  const probe = spawnSync(python, ['-c', 'import jieba, neo4j'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { skipped: `${python} cannot import jieba and neo4j (pip install -r tools/bench/requirements.txt, or set TIFA_BENCH_PYTHON)` };
  }
  const args = [LOADER, '--uri', conn.uri, '--user', conn.user, '--password', conn.password, ...files];
  return new Promise((done, fail) => {
    const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`the Python loader exited with code ${code}`));
      done(JSON.parse(out.trim().split('\n').pop()!) as PythonRun);
    });
  });
}
