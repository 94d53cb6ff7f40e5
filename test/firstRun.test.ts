import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamplesIfEmpty } from '../src/app/loadExamplesIfEmpty.js';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { openTestDatabase } from './support/testDatabase.js';

// What a newcomer does first: `npm start` loads examples/corpus into the empty graph, then they
// paste the README's first curl and try the playground's examples. Both must answer with data.
const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
let db: Database;
let server: ApiServer;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  await loadExamplesIfEmpty(db, { maxFileBytes: 1_000_000, log: () => {} });
  server = await createApiServer({ db, config: { ...loadConfig({}).server, host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** The README's first ```sh block that runs curl, with its line continuations joined. */
function readmeCurl(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.trimStart().startsWith('curl '));
  if (!block) throw new Error('README.md has no ```sh block starting with curl');
  return block.replace(/\\\n\s*/g, '').trim();
}

describe('first run on examples/corpus', () => {
  it("the README's first curl answers with data, as pasted", async () => {
    const command = readmeCurl().replaceAll('http://127.0.0.1:4000', server.url);
    const { stdout } = await run('sh', ['-c', command]);
    const body = JSON.parse(stdout) as { data?: { slogan: { name: string; speechCount: number } | null; speeches: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.slogan).toMatchObject({ name: '两个维护', speechCount: expect.any(Number) });
    expect(body.data!.slogan!.speechCount).toBeGreaterThan(0);
    expect(body.data!.speeches.totalCount).toBeGreaterThan(0);
  });

  it('without the content-type header CSRF prevention refuses it (so the header in the README is needed)', async () => {
    const command = readmeCurl().replaceAll('http://127.0.0.1:4000', server.url).replace(/-H 'content-type: application\/json' /, '');
    const { stdout } = await run('sh', ['-c', `${command} -w ' HTTP%{http_code}'`]);
    expect(stdout).toMatch(/HTTP400$/);
  });

  it("the playground's search example finds the slogan by a variant no example speech writes", async () => {
    const query = readFileSync(join(ROOT, 'src/api/http/playground/search.graphql'), 'utf8');
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data: { slogan: { name: string; variants: string[] } | null } };
    expect(body.data.slogan?.name).toBe('两个维护');
    expect(body.data.slogan?.variants).not.toContain('两个坚决维护');
  });
});
