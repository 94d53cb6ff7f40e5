import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { tifa } from './support/corpusGraph.js';
import { openTestDatabase } from './support/testDatabase.js';

// What a user sees when `tifa query` or `tifa export` fails: their own statement and path, never
// what the command made of them on the way (a plan request, a temporary file).
let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  dir = mkdtempSync(join(tmpdir(), 'tifa-cli-errors-'));
});

afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('tifa query with a Cypher syntax error', () => {
  it('shows the statement as typed, with the position of the error in it', async () => {
    const statement = 'MATCH (s:Slogan RETURN s.name';
    const r = await tifa('query', '-e', statement);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/EXPLAIN/i);
    expect(r.stderr).toContain(`"${statement}"`);
    // The caret under the error, and the offset Neo4j reports, point into the user's own text.
    const caretLine = r.stderr.split('\n').find((l) => /^\s*\^\s*$/.test(l));
    expect(caretLine, r.stderr).toBeDefined();
    const offset = Number(/offset: (\d+)/.exec(r.stderr)?.[1]);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(statement.length);
    expect(caretLine!.indexOf('^')).toBe(offset + 1); // +1: the quote before the statement
  });

  it('does the same for a statement read from a file', async () => {
    const file = join(dir, 'broken.cypher');
    writeFileSync(file, '// A broken query.\nMATCH (s:Slogan RETURN s.name\n');
    const r = await tifa('query', file);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/EXPLAIN/i);
    expect(r.stderr).toMatch(/column 17 /);
  });
});

describe('tifa export to a path that cannot be written', () => {
  it('names the path given, never the temporary file beside it, and leaves nothing behind', async () => {
    const out = join(dir, 'no-such-folder', 'network.graphml');
    const r = await tifa('export', '--format', 'graphml', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('.partial');
    expect(r.stderr).toContain(out);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('names the path given when it is a folder', async () => {
    const r = await tifa('export', '--format', 'gexf', '--out', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('.partial');
    expect(r.stderr).toContain(dir);
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });
});
