import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { extractForIngest, listSpeechFiles } from '../../src/cli/ingestCommand.js';
import { applySchema } from '../../src/graph/applySchema.js';
import type { Database } from '../../src/graph/database.js';
import { ingestSpeeches } from '../../src/graph/ingestSpeeches.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const TIFA = join(REPO, 'bin', 'tifa.mjs');
const run = promisify(execFile);

/** Loads ../shared/corpus (the five seed speeches) into the test database; returns how many were new. */
export async function ingestSharedCorpus(db: Database): Promise<number> {
  await applySchema(db);
  const { files } = await listSpeechFiles([resolve(REPO, '../shared/corpus')]);
  const summary = await ingestSpeeches(db, files, { extract: (f) => extractForIngest(f, 20 * 1024 * 1024), concurrency: 2 });
  return summary.new;
}

/** The environment that points a `tifa` child process at the integration run's database. */
export function tifaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const conn = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}),
    TIFA_DOCKER: 'off',
    ...extra,
  };
}

/** Runs `tifa <args>` as a user would; resolves with stdout, stderr and the exit code (never rejects on a non-zero exit). */
export async function tifa(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', [TIFA, ...args], { env: tifaEnv(), cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: typeof e.code === 'number' ? e.code : 1 };
  }
}
