import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractPool, createImportLinesPool, createIngestPool } from './extractPool.js';
import { importLinesOutcome } from './importLinesOutcome.js';
import { ingestWriteOutcome, storedUnder } from './ingestWriteOutcome.js';
import { extractForIngest } from './speechFiles.js';

// The project's own example speeches (their .meta.json sidecars are not speeches).
const CORPUS = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'examples/corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 3).map((f) => join(CORPUS, f));
const LIMIT = 20 * 1024 * 1024;

describe('extraction on worker threads', () => {
  const pool = createExtractPool({ size: 2, maxFileBytes: LIMIT });
  afterAll(() => pool.close());

  // Each worker loads the segmenter's dictionary before its first file: slow on a loaded machine.
  it('gives exactly what in-process extraction gives, for several files at once', { timeout: 180_000 }, async () => {
    const got = await Promise.all(files.map((f) => pool.extract(f)));
    const expected = await Promise.all(files.map((f) => extractForIngest(f, LIMIT)));
    expect(got).toEqual(expected);
    expect(got.every((x) => x.ok)).toBe(true);
  });

  it('reports a file it cannot read as a failed outcome, and keeps working', async () => {
    const missing = await pool.extract(join(CORPUS, 'no-such-file.txt'));
    expect(missing).toMatchObject({ ok: false, reason: expect.stringMatching(/no-such-file|ENOENT|no such file/) });
    expect((await pool.extract(files[0]!)).ok).toBe(true);
  });
});

describe('import lines on worker threads', () => {
  const AT = '2026-01-01T00:00:00.000Z';
  const pool = createImportLinesPool({ size: 1, maxFileBytes: LIMIT, ingestedAt: AT });
  afterAll(() => pool.close());

  it('gives exactly the lines the main thread shapes from its own extraction', { timeout: 180_000 }, async () => {
    const got = await Promise.all(files.map((f) => pool.extract(f)));
    const expected = await Promise.all(files.map(async (f) => importLinesOutcome(await extractForIngest(f, LIMIT), AT)));
    expect(got).toEqual(expected);
    expect(got.every((x) => x.ok && x.lines.own.some((o) => o.file === 'speeches' && o.text.includes(AT)))).toBe(true);
  });

  it('reports a file it cannot read as a failed outcome', async () => {
    expect(await pool.extract(join(CORPUS, 'no-such-file.txt'))).toMatchObject({ ok: false, reason: expect.stringMatching(/no-such-file|ENOENT|no such file/) });
  });
});

describe('ingest writes on worker threads', () => {
  const pool = createIngestPool({ size: 1, maxFileBytes: LIMIT });
  afterAll(() => pool.close());

  it('gives exactly what the main thread shapes from its own extraction', { timeout: 180_000 }, async () => {
    const got = await Promise.all(files.map((f) => pool.extract(f)));
    const expected = await Promise.all(files.map(async (f) => ingestWriteOutcome(await extractForIngest(f, LIMIT))));
    expect(got).toEqual(expected);
    expect(got.every((x) => x.ok && 'write' in x && typeof (x.write.param.speech as { chars: unknown }).chars === 'bigint')).toBe(true);
  });

  it('reports a file it cannot read as a failed outcome', async () => {
    expect(await pool.extract(join(CORPUS, 'no-such-file.txt'))).toMatchObject({ ok: false, reason: expect.stringMatching(/no-such-file|ENOENT|no such file/) });
  });

  it('reports a file whose text has the stored id as stored (what the main thread finds), and extracts it under any other id', async () => {
    const extracted = await pool.extract(files[0]!);
    if (!extracted.ok || !('write' in extracted)) throw new Error('the file did not extract');
    const id = extracted.write.id;
    const stored = await pool.extract(files[0]!, { id, givenSha256: null });
    expect(stored).toEqual(await extractForIngest(files[0]!, LIMIT, storedUnder({ id, givenSha256: null })));
    expect(stored).toEqual({ ok: true, stored: { id, sha256: extracted.sha256, bytes: extracted.bytes } });
    expect(await pool.extract(files[0]!, { id: '0000000000000000', givenSha256: null })).toEqual(extracted);
  });
});
