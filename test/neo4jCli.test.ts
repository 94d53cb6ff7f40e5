import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { installNeo4j } from '../src/neo4j/installNeo4j.js';
import { freePort } from '../src/neo4j/freePort.js';

const run = promisify(execFile);
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');

// `tifa neo4j start|status|stop` as a user runs them, on a private cache dir and port so the
// developer's own instance is untouched. The jars are shared through a symlink (no second download).
describe('tifa neo4j', () => {
  let cache: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const { local } = loadConfig();
    const lib = await installNeo4j(local.cacheDir, local.version, () => {});
    cache = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
    symlinkSync(lib, join(cache, 'lib'));
    env = { ...process.env, TIFA_NEO4J_HOME: cache, TIFA_NEO4J_PORT: String(await freePort()), TIFA_NEO4J_HTTP_PORT: String(await freePort()), NEO4J_URI: '' };
  });

  afterAll(async () => {
    await run('node', [TIFA, 'neo4j', 'stop'], { env }).catch(() => {});
    rmSync(cache, { recursive: true, force: true });
  });

  const tifa = (...args: string[]) => run('node', [TIFA, ...args], { env });

  it('starts, reports, is queryable, refuses nothing on a second start, and stops without a java process left', async () => {
    const started = await tifa('neo4j', 'start');
    const uri = started.stdout.trim().split('\n').at(-1)!;
    expect(uri).toBe(`bolt://127.0.0.1:${env.TIFA_NEO4J_PORT}`);
    // The Browser URL it prints serves Neo4j Browser from the jar in lib/.
    const browserUrl = /Neo4j Browser: (\S+)/.exec(started.stderr)?.[1];
    expect(browserUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${env.TIFA_NEO4J_HTTP_PORT}/browser/\\?connectURL=`));
    const page = await fetch(browserUrl!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Neo4j Browser');

    const driver = neo4j.driver(uri);
    try {
      const { records } = await driver.executeQuery('RETURN 6 * 7 AS answer');
      expect(records[0]!.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }

    const status = await tifa('neo4j', 'status');
    const pid = Number(/pid (\d+)/.exec(status.stdout)![1]);
    expect(status.stdout).toContain(`running (pid ${pid}) at ${uri}`);

    const again = await tifa('neo4j', 'start');
    expect(again.stdout.trim().split('\n').at(-1)).toBe(uri);
    expect(again.stderr).toContain('already running');

    const stopped = await tifa('neo4j', 'stop');
    expect(stopped.stdout).toContain(`stopped (pid ${pid})`);
    expect(existsSync(`/proc/${pid}`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint')).toBe(false);

    await expect(tifa('neo4j', 'status')).rejects.toMatchObject({ code: 3, stdout: 'not running\n' });
  }, 300_000); // a cold start with Neo4j Browser's HTTP connector, then a stop: minutes on a loaded machine

  it('fails with one clear line, no stack trace, when the port is taken', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    try {
      const failure = await run('node', [TIFA, 'neo4j', 'start'], { env: { ...env, TIFA_NEO4J_PORT: String(port) } }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toMatch(new RegExp(`^tifa: port ${port} on 127.0.0.1 is taken by another program`));
      expect(failure?.stderr).not.toContain('    at ');
    } finally {
      blocker.close();
    }
  });
});
