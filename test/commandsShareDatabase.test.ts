import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { freePort } from '../src/neo4j/freePort.js';
import { installNeo4j } from '../src/neo4j/installNeo4j.js';

const run = promisify(execFile);
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');

// Commands as a user runs them, one process after another, with no NEO4J_URI: each must find the
// same local instance (started by the first, left running), so what `tifa ingest` wrote is there
// for the next command. A private home and port keep the developer's own instance out of it.
describe('commands in a row', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  const tifa = (...args: string[]) => run('node', [TIFA, ...args], { env });

  beforeAll(async () => {
    const { local } = loadConfig();
    const lib = await installNeo4j(local.cacheDir, local.version, () => {});
    home = mkdtempSync(join(tmpdir(), 'tifa-commands-'));
    symlinkSync(lib, join(home, 'lib'));
    env = {
      ...process.env,
      NEO4J_URI: '',
      TIFA_NEO4J_HOME: home,
      TIFA_NEO4J_PORT: String(await freePort()),
      TIFA_NEO4J_HTTP_PORT: '0', // no Neo4j Browser: nothing here needs it, and 7474 may be taken
      TIFA_NEO4J_HEAP: '512m',
      TIFA_NEO4J_PAGECACHE: '64m',
    };
  });

  afterAll(async () => {
    await tifa('neo4j', 'stop').catch(() => {});
    rmSync(home, { recursive: true, force: true });
  });

  it('see the same data: ingest, ingest again, remove, each in its own process', async () => {
    const file = join(home, 'speech.txt');
    writeFileSync(file, ['在全县作风建设大会上的讲话', '一、提高站位', '要增强“四个意识”，做到“两个维护”。'].join('\n'));

    const first = await tifa('ingest', file);
    const id = /^new\s+([0-9a-f]{16}) /m.exec(first.stdout)?.[1];
    expect(id, first.stdout).toBeDefined();
    expect(first.stderr).toContain('Starting Neo4j');

    // A second process finds the instance running and the speech stored.
    const second = await tifa('ingest', file);
    expect(second.stdout).toMatch(new RegExp(`^unchanged\\s+${id} `, 'm'));
    expect(second.stderr).not.toContain('Starting Neo4j');

    const removed = await tifa('remove', id!);
    expect(removed.stdout).toContain(`removed ${id} ${file}`);

    // The instance is left running for the next command, until `tifa neo4j stop`.
    expect((await tifa('neo4j', 'status')).stdout).toMatch(/^running \(pid \d+\)/);
  }, 600_000); // starting Neo4j on a loaded machine takes minutes

  it('tifa serve on the local instance says on Ctrl-C that Neo4j keeps running and how to stop it', async () => {
    const child = spawn('node', [TIFA, 'serve', '--port', '0'], { env: { ...env, TIFA_API_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          if (/\/graphql$/.test(line)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`tifa serve exited with ${code}: ${stderr}`)));
      });
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      expect(stderr).toContain(`Neo4j keeps running at bolt://127.0.0.1:${env.TIFA_NEO4J_PORT}; stop it with: npx tifa neo4j stop`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 300_000);

  it('says how long an id prefix must be', async () => {
    const failure = await tifa('remove', 'ab12').then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^tifa: no speech with id or source "ab12"; an id prefix needs at least 6 characters\n$/);
  });
});
