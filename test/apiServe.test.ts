import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Database } from '../src/graph/database.js';
import { openTestDatabase } from './support/testDatabase.js';

// `tifa serve` as a user runs it: a child process on the integration run's Neo4j (via NEO4J_URI),
// any free port, the GraphQL URL as the last stdout line, a clean exit on SIGTERM.
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');

let db: Database;
let child: ChildProcess | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await db?.close();
});

describe('tifa serve', () => {
  it('serves GraphQL, the playground and /health, and stops on SIGTERM with exit code 0', async () => {
    const conn = inject('neo4j');
    child = spawn('node', [TIFA, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}),
        TIFA_LOG_LEVEL: 'info',
        TIFA_API_TOKEN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    const stdout: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const graphqlUrl = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child!.stdout! });
      lines.on('line', (line) => {
        stdout.push(line);
        if (/^http:\/\/127\.0\.0\.1:\d+\/graphql$/.test(line)) resolve(line);
      });
      child!.once('exit', (code) => reject(new Error(`tifa serve exited with ${code}: ${stderr.join('')}`)));
    });
    const base = graphqlUrl.replace(/\/graphql$/, '');

    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ speeches { totalCount } }' }),
    });
    expect(await res.json()).toEqual({ data: { speeches: { totalCount: 0 } } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/`)).text()).toContain('GraphiQL');

    const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr.join('')).toContain('mutations disabled');
    // What to type into Neo4j Browser: the guide at the address its allow-lists accept.
    expect(stderr.join('')).toContain(`Neo4j Browser guide: :play http://localhost:${new URL(base).port}/guide`);
    // Structured request logs with timing, one pino JSON line per request, on stdout.
    const requests = stdout.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(requests.find((r) => r.path === '/graphql')).toMatchObject({ method: 'POST', status: 200, ms: expect.any(Number) });
    expect(requests.find((r) => r.path === '/health')).toMatchObject({ method: 'GET', status: 200 });
  });
});
