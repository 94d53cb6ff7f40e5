import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkGraph } from '../src/app/checkGraph.js';
import type { Database } from '../src/graph/database.js';
import { countSpeeches } from '../src/graph/read/countSpeeches.js';
import { openTestDatabase } from './support/testDatabase.js';

// `npm run soak` works — a few seconds of it against the test database, on the seed speeches of
// ../shared/corpus (readers, a `tifa ingest` and `tifa remove` of the writer's speeches), read
// from its own output.
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe('npm run soak', () => {
  it('serves every request of a short soak while a speech is ingested and removed, and leaves the graph as it found it', async () => {
    const conn = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
    const run = await promisify(execFile)('npx', ['tsx', 'test/bench/soak.ts', '--seconds', '3', '--base', '5', '--writes', '1', '--readers', '2'], {
      env,
      timeout: 240_000,
    }).catch((error: { code: number; stdout: string; stderr: string }) => ({ ...error, failed: true }));
    expect('failed' in run, `${run.stdout}\n${run.stderr}`).toBe(false);
    const summary = /^requests: (\d+) {2}errors other than quick 503s with Retry-After: (\d+) {2}\/health 503 while Neo4j was up: (\d+)/m.exec(run.stdout);
    expect(summary, run.stdout).not.toBeNull();
    const [requests, errors, health503] = summary!.slice(1, 4).map(Number);
    expect(requests).toBeGreaterThan(0);
    expect(errors, run.stdout).toBe(0);
    expect(health503, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^\| all \| \d+ \| \d+ \| 0 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| (?:[\d.]+|n\/a) \| (?:[\d.]+|n\/a) \|$/m);
    // How long 503s took is reported, on the client's side and on the server's, and a slow one would have been an error.
    expect(run.stdout).toMatch(/^503s with Retry-After: \d+, answered in p50 (?:[\d.]+|n\/a) ms, p95 (?:[\d.]+|n\/a) ms, slowest (?:[\d.]+|n\/a) ms; slower than \d+ ms \(errors\): 0$/m);
    expect(run.stdout).toMatch(/^ {2}the server's side of them \(its request log, from the request to its answer\): p50 (?:[\d.]+|n\/a) ms/m);
    // The first hostile document of a fresh server is refused, and how fast is measured and printed.
    expect(run.stdout).toMatch(/^fragment fan-out of 30 on the fresh server: HTTP 400, 400 in [\d.]+ ms \(first\), [\d.]+ ms \(second\); \/health\/live meanwhile at most [\d.]+ ms$/m);
    expect(run.stdout).toMatch(/writer: tifa ingest of 1 new speeches [1-9]\d*×, tifa remove [1-9]\d*×/);
    expect(run.stdout).toMatch(/peak RSS: server [\d.]+ MB, tifa ingest [\d.]+ MB, tifa remove [\d.]+ MB/);
    // The base speeches stay; the writer's are gone; the graph is sound.
    expect(await countSpeeches(db)).toBe(5);
    expect((await checkGraph(db)).ok).toBe(true);
  }, 300_000);
});
