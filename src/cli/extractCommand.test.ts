import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'tifa-extract-'));
const speechFile = join(dir, 'speech.txt');
writeFileSync(speechFile, ['在全市招商引资大会上的讲话', '同志们：', '一、坚定信心。要增强“四个自信”。', '二、狠抓落实。'].join('\n'));
const emptyFile = join(dir, 'empty.txt');
writeFileSync(emptyFile, '');

afterEach(() => {
  process.exitCode = undefined;
});

describe('tifa extract', () => {
  it('prints one JSON object with the findings', async () => {
    const r = await run('extract', speechFile, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ title: '在全市招商引资大会上的讲话', venue: '全市招商引资大会', level: 'city' });
    expect(json.sections.map((s: { marker: string }) => s.marker)).toEqual(['一、', '二、']);
    expect(json).not.toHaveProperty('text');
    for (const k of ['slogans', 'meetings', 'documents', 'persons', 'terms', 'diagnostics']) expect(Array.isArray(json[k])).toBe(true);
  });

  it('prints a readable summary without --json', async () => {
    const r = await run('extract', speechFile);
    expect(r.code).toBe(0);
    expect(r.out).toContain('title:     在全市招商引资大会上的讲话');
    expect(r.out).toContain('一、坚定信心');
  });

  it.each([
    [join(dir, 'missing.txt'), /missing\.txt: cannot read \(no such file\)/],
    [emptyFile, /empty\.txt: file is empty/],
  ])('fails with one line naming %s', async (file, message) => {
    const r = await run('extract', file);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});

describe('tifa eval', () => {
  it('names a missing gold folder', async () => {
    const r = await run('eval', '--gold', join(dir, 'nope'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/nope: cannot read the gold directory/);
  });
});
