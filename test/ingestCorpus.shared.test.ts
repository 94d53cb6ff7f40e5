import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractForIngest, listSpeechFiles } from '../src/app/pipeline/speechFiles.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { ingestSpeeches } from '../src/app/pipeline/ingestSpeeches.js';
import { sloganCooccurrence } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import { countGraph, openTestDatabase } from './support/testDatabase.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = resolve(REPO, '../shared/corpus');
const MAX_BYTES = 20 * 1024 * 1024;
const extract = (file: string) => extractForIngest(file, MAX_BYTES);

async function speechesWithBoth(db: Database, a: string, b: string): Promise<string[]> {
  return db.read(async (tx) => {
    const r = await tx.run(
      'MATCH (:Slogan {name: $a})<-[:MENTIONS]-(sp:Speech)-[:MENTIONS]->(:Slogan {name: $b}) RETURN sp.source AS source ORDER BY source',
      { a, b },
    );
    return r.records.map((x) => basename(String(x.get('source'))).slice(0, 3));
  });
}

describe('ingesting ../shared/corpus', () => {
  let db: Database;
  let files: string[];
  const scratch = mkdtempSync(join(tmpdir(), 'tifa-ingest-test-'));

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db);
    files = (await listSpeechFiles([CORPUS])).files;
  });
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await db?.close();
  });

  it('loads the five speeches', async () => {
    expect(files).toHaveLength(5);
    const summary = await ingestSpeeches(db, files, { extract, concurrency: 3 });
    expect(summary).toMatchObject({ new: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(summary.mentions).toBeGreaterThan(100);
    expect(summary.cooccurs).toBeGreaterThan(0);
  });

  it('puts 四个意识–两个维护 on top at speech scope with support 4 (000, 001, 002, 004)', async () => {
    const [top] = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 5 });
    expect(top).toEqual({ a: '两个维护', aKind: 'NUMBERED', b: '四个意识', bKind: 'NUMBERED', support: 4, score: 4 });
    expect(await speechesWithBoth(db, '四个意识', '两个维护')).toEqual(['000', '001', '002', '004']);
  });

  it('finds 两个维护 from its variant 两个坚决维护 (speech 004)', async () => {
    const name = await db.read(async (tx) => (await tx.run('MATCH (:SloganVariant {name: "两个坚决维护"})-[:VARIANT_OF]->(s:Slogan) RETURN s.name AS n')).records[0]?.get('n'));
    expect(name).toBe('两个维护');
  });

  it('leaves node and relationship counts unchanged when the corpus is ingested again', async () => {
    const before = await countGraph(db);
    const summary = await ingestSpeeches(db, files, { extract, concurrency: 3 });
    expect(summary).toMatchObject({ new: 0, updated: 0, unchanged: 5, failed: 0, mentions: 0 });
    expect(await countGraph(db)).toEqual(before);
  });

  it('replaces the speech of a changed file in place', async () => {
    const copy = join(scratch, 'copy.txt');
    copyFileSync(files[3]!, copy);
    const first = await ingestSpeeches(db, [copy], { extract, concurrency: 1 });
    expect(first.unchanged).toBe(1); // same text as 003: one speech
    writeFileSync(copy, `${readFileSync(files[3]!, 'utf8')}\n要坚决落实“六稳”“六保”任务。\n`);
    const changed = await ingestSpeeches(db, [copy], { extract, concurrency: 1 });
    expect(changed.new).toBe(1); // a new text under a new source
    writeFileSync(copy, `${readFileSync(files[3]!, 'utf8')}\n要深化“放管服”改革。\n`);
    const again = await ingestSpeeches(db, [copy], { extract, concurrency: 1 });
    expect(again.updated).toBe(1);
    const perSource = await db.read(async (tx) => (await tx.run('MATCH (s:Speech {source: $copy}) RETURN count(s) AS n', { copy })).records[0]!.get('n').toNumber());
    expect(perSource).toBe(1);
  });

  it('reports a bad file by name and reason, loads the rest, and exits non-zero (CLI)', async () => {
    const dir = join(scratch, 'mixed');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    copyFileSync(files[0]!, join(dir, 'good.txt'));
    const conn = inject('neo4j');
    const run = promisify(execFile);
    const result = await run('node', [join(REPO, 'bin/tifa.mjs'), 'ingest', dir, '--concurrency', '2'], {
      cwd: REPO,
      env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/failed\s+\S*empty\.txt: .+/);
    expect(result.stderr).toMatch(/failed\s+\S*binary\.txt: .+/);
    expect(result.stdout).toMatch(/unchanged\s+\S+\s+\S*good\.txt/);
    expect(result.stdout).toMatch(/0 new, 0 updated, 1 unchanged, 2 failed/);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('tifa remove deletes a speech by source or id prefix, and names an unknown reference', async () => {
    const conn = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
    const tifa = (...args: string[]) =>
      promisify(execFile)('node', [join(REPO, 'bin/tifa.mjs'), ...args], { cwd: REPO, env }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const id = await db.read(async (tx) => String((await tx.run('MATCH (s:Speech {source: $f}) RETURN s.id AS id', { f: files[4] })).records[0]!.get('id')));
    const bySource = await tifa('remove', files[4]!);
    expect(bySource.code).toBe(0);
    expect(bySource.stdout).toContain(`removed ${id}`);
    const byPrefix = await tifa('remove', (await db.read(async (tx) => String((await tx.run('MATCH (s:Speech {source: $f}) RETURN s.id AS id', { f: files[0] })).records[0]!.get('id')))).slice(0, 8));
    expect(byPrefix.code).toBe(0);
    const unknown = await tifa('remove', 'no-such-speech');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('tifa: no speech with id or source "no-such-speech"');
    // 004 was the only speech writing 两个坚决维护: the variant went with it.
    const variants = await db.read(async (tx) => (await tx.run('MATCH (v:SloganVariant {name: "两个坚决维护"}) RETURN count(v) AS n')).records[0]!.get('n').toNumber());
    expect(variants).toBe(0);
    const pairs = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'COUNT', minSupport: 1, first: 100, slogan: '两个维护' });
    expect(pairs.find((p) => p.b === '四个意识')?.support).toBe(2); // 001 and 002 remain
  });
});
