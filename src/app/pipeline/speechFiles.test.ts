import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { extractForIngest, listSpeechFiles, readSpeechFile } from './speechFiles.js';

// The extractor, counted: extractForIngest's `known` check must spare it (the real one still runs).
vi.mock(import('../../extract/extractSpeech.js'), async (original) => {
  const real = await original();
  return { ...real, extractSpeech: vi.fn(real.extractSpeech) };
});

const TEXT = '关于全面深化改革的讲话\n\n我们要增强“四个意识”，坚决做到“两个维护”。\n';
const LIMIT = 20 * 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tifa-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSpeechFile refuses what is not a bounded regular file, with one line and without reading it', () => {
  it('a FIFO, without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readSpeechFile(fifo, LIMIT)).rejects.toThrow(`${fifo}: is a FIFO (named pipe), not a regular file`);
  });

  it('/dev/zero, which never ends', async () => {
    await expect(readSpeechFile('/dev/zero', LIMIT)).rejects.toThrow('/dev/zero: is a device, not a regular file');
  });

  it('a 1.5 GB sparse file, by its size, before reading a byte', async () => {
    const sparse = join(dir, 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, 1.5 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    await expect(readSpeechFile(sparse, LIMIT)).rejects.toThrow(/sparse\.txt: larger than the limit of 20971520 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('a file longer than its stated size (a /proc file says 0 bytes) once the limit is passed', async () => {
    await expect(readSpeechFile('/proc/self/status', 100)).rejects.toThrow(/larger than the limit of 100 bytes/);
  });

  it('reads a regular file up to the limit', async () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, TEXT);
    expect(Buffer.from(await readSpeechFile(file, Buffer.byteLength(TEXT))).toString('utf8')).toBe(TEXT);
  });

  it('escapes control characters of the name in the message, so it stays one line', async () => {
    const file = join(dir, 'a\nfailed  forged.txt');
    await expect(readSpeechFile(file, LIMIT)).rejects.toThrow(`${dir}/a\\nfailed  forged.txt: cannot read (no such file)`);
  });

  it('extractForIngest turns a refusal into a reason', async () => {
    expect(await extractForIngest('/dev/zero', LIMIT)).toEqual({ ok: false, reason: 'is a device, not a regular file' });
  });
});

describe('extractForIngest with a check of the decoded text (tifa ingest: stored already?)', () => {
  const extractions = () => vi.mocked(extractSpeech).mock.calls.length;

  it('answers with the check and does not extract when the check answers', async () => {
    const file = join(dir, 'known.txt');
    writeFileSync(file, TEXT);
    const before = extractions();
    const seen: string[] = [];
    expect(await extractForIngest(file, LIMIT, (text) => (seen.push(text), { ok: true as const, known: text.length }))).toEqual({ ok: true, known: TEXT.length });
    expect(seen).toEqual([TEXT]);
    expect(extractions()).toBe(before);
  });

  it('extracts as without the check when the check does not answer', async () => {
    const file = join(dir, 'unknown.txt');
    writeFileSync(file, TEXT);
    const before = extractions();
    expect(await extractForIngest(file, LIMIT, () => undefined)).toEqual(await extractForIngest(file, LIMIT));
    expect(extractions()).toBe(before + 2);
  });

  it('fails a file that does not decode with the same reason, without asking the check', async () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    const check = vi.fn(() => ({ ok: true as const }));
    const outcome = await extractForIngest(file, LIMIT, check);
    expect(outcome).toEqual(await extractForIngest(file, LIMIT));
    expect(outcome).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(check).not.toHaveBeenCalled();
  });
});

describe('listSpeechFiles and symbolic links', () => {
  it('follows links to files and folders, reports broken and looping links, and ends', async () => {
    const root = join(dir, 'corpus');
    const outside = join(dir, 'outside');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(root, 'a.txt'), TEXT);
    writeFileSync(join(outside, 'b.txt'), TEXT);
    symlinkSync(join(outside, 'b.txt'), join(root, 'link-b.txt'));
    symlinkSync(outside, join(root, 'linked-folder'));
    symlinkSync(root, join(root, 'sub', 'back-to-root'));
    symlinkSync(join(dir, 'nowhere.txt'), join(root, 'broken.txt'));
    symlinkSync(join(root, 'self.txt'), join(root, 'self.txt'));
    execFileSync('mkfifo', [join(root, 'fifo.txt')]);

    const { files, missing, skipped } = await listSpeechFiles([root]);
    expect(files).toEqual([join(root, 'a.txt'), join(root, 'link-b.txt'), join(root, 'linked-folder', 'b.txt')]);
    expect(missing).toEqual([]);
    expect(skipped).toEqual([
      { file: join(root, 'broken.txt'), reason: 'symbolic link to nothing (broken)' },
      { file: join(root, 'fifo.txt'), reason: 'not a regular file (FIFO, device or socket)' },
      { file: join(root, 'self.txt'), reason: 'symbolic link loop' },
      { file: join(root, 'sub', 'back-to-root'), reason: 'symbolic link to a folder already walked (a loop, or a second way in)' },
    ]);
  });
});
