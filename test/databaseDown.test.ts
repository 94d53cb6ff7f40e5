import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { applySchema } from '../src/graph/applySchema.js';
import { openDatabase, type Database } from '../src/graph/database.js';
import { createReadRepository, type ReadRepository } from '../src/graph/read/createReadRepository.js';
import { codes, gql, health, testServerConfig } from './support/apiClient.js';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy.js';
import { openTestDatabase } from './support/testDatabase.js';

// A dead database fails fast and the server recovers by itself. The server talks
// to the test Neo4j through a loopback relay; closing the relay is what a stopped Neo4j looks like.
const silent = pino({ level: 'silent' });
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');
let testDb: Database;
let proxy: TcpProxy;
let db: Database;
let server: ApiServer;

beforeAll(async () => {
  testDb = await openTestDatabase();
  await applySchema(testDb);
  const conn = inject('neo4j');
  proxy = await startTcpProxy(conn.uri);
  db = openDatabase({ ...conn, uri: proxy.uri });
  // A just-started Neo4j on a loaded machine takes seconds to plan its first queries: a long request timeout.
  server = await createApiServer({ db, config: testServerConfig({ production: true, requestTimeoutMs: 120_000 }), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await proxy?.close();
  await testDb?.close();
});

const QUERY = '{ speeches { totalCount } sloganCooccurrence(scope: SENTENCE) { support } }';

describe('request timeout', () => {
  const SLOW = 'UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
  async function runningSlowQueries(): Promise<number> {
    const session = testDb.driver.session({ database: testDb.database });
    try {
      const r = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
      return r.records.filter((rec) => String(rec.get('currentQuery')).includes('range(1, 10000000000)')).length;
    } finally {
      await session.close();
    }
  }

  it('stops the database work, not just the answer', async () => {
    const repo = { ...createReadRepository(testDb), speechesPage: () => testDb.read((tx) => tx.run(SLOW)) } as unknown as ReadRepository;
    const hurried = await createApiServer({ db: testDb, repo, config: testServerConfig({ requestTimeoutMs: 1500 }), logger: silent });
    try {
      const request = gql(hurried, '{ speeches { totalCount } }');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await runningSlowQueries()).toBe(1); // the work is really running in Neo4j
      const r = await request;
      expect(r.status).toBe(503);
      expect(codes(r)).toEqual(['REQUEST_TIMEOUT']);
      // Neo4j ends the transaction at its timeout (the request's deadline); allow it a few seconds to notice.
      let running = await runningSlowQueries();
      for (let i = 0; i < 50 && running > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        running = await runningSlowQueries();
      }
      expect(running).toBe(0);
    } finally {
      await hurried.stop();
    }
  });
});

/** Polls /health until it answers `status` or `withinMs` pass; every answer must come within 1 s. */
async function healthUntil(status: number, withinMs: number) {
  const until = Date.now() + withinMs;
  for (;;) {
    const h = await health(server);
    expect(h.ms).toBeLessThan(1000);
    if (h.status === status || Date.now() > until) return h;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Neo4j stopped', () => {
  it('GraphQL answers 503 SERVICE_UNAVAILABLE within 2 s, /health 503 within 2 s (each answer within 1 s); both recover when Neo4j returns', async () => {
    const warm = await gql(server, QUERY);
    expect(warm.errors, JSON.stringify(warm.errors)).toBeUndefined(); // pool warm: the driver holds live connections
    await proxy.down();

    const r = await gql(server, QUERY);
    expect(r.status).toBe(503);
    expect(new Set(codes(r))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(r.ms).toBeLessThan(2000);
    // /health answers from a probe run in the background (every HEALTH_PROBE.everyMs): it sees the stop within one round.
    const h = await healthUntil(503, 2_000);
    expect(h.status).toBe(503);
    // Production: the driver's message (host, port, hints) stays in the log.
    expect(JSON.stringify(h.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{2,5}/);
    expect(JSON.stringify(r)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

    await proxy.up();
    const back = await gql(server, QUERY);
    expect(back.status).toBe(200);
    expect(back.errors).toBeUndefined();
    expect((await healthUntil(200, 2_000)).status).toBe(200);
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
  });

  it('shows the driver message on /health outside production', async () => {
    const dev = await createApiServer({ db: openDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' }), config: testServerConfig(), logger: silent });
    try {
      const h = await health(dev);
      expect(h.status).toBe(503);
      expect(String(h.body.reason)).toMatch(/ECONNREFUSED/);
    } finally {
      await dev.stop();
    }
  });

  it('tifa ingest exits with one line within 10 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-down-'));
    try {
      writeFileSync(join(dir, 'a.txt'), '关于全面深化改革的讲话\n\n我们要增强“四个意识”。\n');
      const started = performance.now();
      const result = await promisify(execFile)('node', [TIFA, 'ingest', join(dir, 'a.txt')], {
        env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: '', TIFA_DOCKER: 'off' },
        timeout: 60_000,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/Neo4j/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
