import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { freePort } from '../src/neo4j/freePort.js';
import { installNeo4j } from '../src/neo4j/installNeo4j.js';

const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');

// Ctrl-C in a terminal sends SIGINT to the whole foreground process group. `tifa up` and
// `tifa serve` must then stop the API, say that the local Neo4j keeps running and how to stop it,
// and exit 0. Real processes, as a user runs them: a private Neo4j home and ports (the developer's
// own instance is untouched), and no NODE_ENV=test, which would change Apollo's signal handling.
describe('Ctrl-C of tifa up and tifa serve', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  let bolt: string;

  beforeAll(async () => {
    const { local } = loadConfig();
    const lib = await installNeo4j(local.cacheDir, local.version, () => {});
    home = mkdtempSync(join(tmpdir(), 'tifa-interrupt-'));
    symlinkSync(lib, join(home, 'lib'));
    const port = await freePort();
    bolt = `bolt://127.0.0.1:${port}`;
    env = { ...process.env, TIFA_NEO4J_HOME: home, TIFA_NEO4J_PORT: String(port), TIFA_NEO4J_HTTP_PORT: '0', TIFA_PORT: '0', TIFA_LOG_LEVEL: 'warn' };
    for (const key of ['NEO4J_URI', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key];
  });

  afterAll(async () => {
    await promisify(execFile)('node', [TIFA, 'neo4j', 'stop'], { env }).catch(() => {});
    rmSync(home, { recursive: true, force: true });
  });

  /** Runs `tifa <args>` in its own process group, sends the group SIGINT once it prints its URL, and waits for it to end. */
  function interruptOnceServing(...args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
    const child = spawn('node', [TIFA, ...args], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!sent && /\/graphql\n/.test(stdout)) {
        sent = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  }

  it.each([['up'], ['serve']])('tifa %s says Neo4j keeps running and exits 0', async (command) => {
    const run = await interruptOnceServing(command);
    expect(run.stdout, run.stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/m);
    expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({ code: 0, signal: null });
    expect(run.stderr.trimEnd().split('\n').slice(-2)).toEqual(['stopping the API server…', `Neo4j keeps running at ${bolt}; stop it with: npx tifa neo4j stop`]);
  }, 300_000);
});
