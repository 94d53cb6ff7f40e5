import { execFile } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkGraph } from '../src/app/checkGraph.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { writeSpeech } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { openTestDatabase } from './support/testDatabase.js';

// `tifa ingest` and `tifa remove` as a user runs them, on odd inputs.
const TIFA = join(import.meta.dirname, '..', 'bin', 'tifa.mjs');
const TEXT = (title: string) => `${title}\n\n我们要增强“四个意识”，坚决做到“两个维护”。\n`;
let db: Database;
let dir: string;

async function tifa(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const conn = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}) };
  const done = await promisify(execFile)('node', [TIFA, ...args], { env, timeout: 280_000, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const lines = (s: string) => s.split('\n').filter((l) => l !== '');
  return { code: done.code, out: lines(done.stdout), err: lines(done.stderr) };
}

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  dir = mkdtempSync(join(tmpdir(), 'tifa-cli-files-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe('tifa ingest on a folder with odd entries', () => {
  it('follows a link to a file, reports skipped entries, refuses a FIFO and /dev/zero in one line each, and never lets a file name forge a line', async () => {
    const folder = join(dir, 'corpus');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(folder);
    mkdirSync(elsewhere);
    const forged = 'x\nnew       0000000000000000 forged.txt (9 mentions)\nx.txt';
    writeFileSync(join(folder, forged), TEXT('第一篇讲话'));
    writeFileSync(join(elsewhere, 'linked.txt'), TEXT('第二篇讲话'));
    symlinkSync(join(elsewhere, 'linked.txt'), join(folder, 'linked.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(folder, 'broken.txt'));
    symlinkSync(folder, join(folder, 'loop'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);

    // Neither the FIFO nor /dev/zero is waited on or read: the test's timeout would catch a hang.
    const r = await tifa('ingest', folder, '/dev/zero');
    expect(r.code).toBe(1);
    // (The first run of a fresh checkout may announce that it compiled the sources; that line is not the command's.)
    const all = [...r.out, ...r.err].filter((l) => !l.startsWith('tifa: built '));
    // Every line starts with a status word: none was forged by the file name.
    for (const line of all) expect(line).toMatch(/^(new|updated|unchanged|failed|skipped|ingested) /);
    expect(r.out.filter((l) => l.startsWith('new'))).toHaveLength(2);
    expect(r.out.join('\n')).toContain('x\\nnew       0000000000000000 forged.txt (9 mentions)\\nx.txt');
    expect(r.out.filter((l) => l.startsWith('new       0000000000000000'))).toEqual([]);
    expect(r.out.join('\n')).toContain(join(folder, 'linked.txt'));
    expect(r.err).toEqual(
      expect.arrayContaining([
        'failed  /dev/zero: is a device, not a regular file',
        `skipped ${join(folder, 'broken.txt')}: symbolic link to nothing (broken)`,
        `skipped ${join(folder, 'loop')}: symbolic link to a folder already walked (a loop, or a second way in)`,
        `skipped ${join(folder, 'pipe.txt')}: not a regular file (FIFO, device or socket)`,
      ]),
    );
    expect(r.out.at(-1)).toMatch(/^ingested 3 files .* 2 new, .* 1 failed/);
  }, 300_000);
});

describe('tifa remove', () => {
  it('prints a 1 MB title cut to one short line', async () => {
    const [spec] = generateSpeechSpecs(1, 5);
    const file = join(dir, 'long-title.txt');
    await writeSpeech(db, buildSpeech({ ...spec!, source: file, title: `关于${'很长的标题'.repeat(200_000)}的讲话` }, SYNTHETIC_LEXICON));
    const removed = await tifa('remove', file);
    expect(removed.code).toBe(0);
    expect(removed.out).toHaveLength(1);
    expect(removed.out[0]).toMatch(/^removed [0-9a-f]{16} .*long-title\.txt \(关于很长的标题.*… \(\+\d+ characters\)\)$/);
    expect(removed.out[0]!.length).toBeLessThan(400);
    // The fault runs above left a sound graph (tifa check's invariants).
    expect((await checkGraph(db)).problems).toEqual([]);
  }, 300_000);
});
