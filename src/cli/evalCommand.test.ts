import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';
import { evaluateGoldFolder } from '../app/scoreGoldFolder.js';

// A folder of annotations whose texts live elsewhere: one beside the gold file, one reached by a
// path relative to the gold folder, one by a path relative to the repository root.
const dir = mkdtempSync(join(tmpdir(), 'tifa-eval-'));
const gold = join(dir, 'gold');
const texts = join(dir, 'texts');
mkdirSync(gold);
mkdirSync(texts);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPEECH = ['在全市招商引资大会上的讲话', '同志们：', '一、坚定信心。要增强“四个自信”。', '二、狠抓落实。'].join('\n');
writeFileSync(join(texts, 'speech.txt'), SPEECH);
writeFileSync(join(gold, 'report.txt'), ['政府工作报告', '各位代表：', '一、工作回顾'].join('\n'));
const speechGold = {
  title: '在全市招商引资大会上的讲话',
  venue: '全市招商引资大会',
  numbered_slogans: ['四个自信', '两个维护'],
  not_slogans: [],
  meetings: [],
  sections: [
    { level: 1, marker: '一、', heading: '坚定信心' },
    { level: 1, marker: '二、', heading: '狠抓落实' },
  ],
  persons: ['某某'],
};
writeFileSync(join(gold, 'a.json'), JSON.stringify({ ...speechGold, file: '../texts/speech.txt', genre: 'speech', speaker: null, date: null, level: 'city', place: null }));
writeFileSync(join(gold, 'b.json'), JSON.stringify({ ...speechGold, file: relative(REPO_ROOT, join(texts, 'speech.txt')) }));
writeFileSync(join(gold, 'report.meta.json'), JSON.stringify({ file: 'report.txt', genre: 'work_report', title: '政府工作报告', venue: null, date: '2026-02-03', speaker: { name: '某某', role: '省长' }, level: 'provincial', place: '某省' }));

afterEach(() => {
  process.exitCode = undefined;
});

describe('evaluateGoldFolder', () => {
  it('scores speech annotations and *.meta.json, finding texts outside the corpus folder', async () => {
    const r = await evaluateGoldFolder(gold, gold, 1 << 20);
    expect(r.speeches.map((s) => s.file)).toEqual(['../texts/speech.txt', relative(REPO_ROOT, join(texts, 'speech.txt'))]);
    expect(r.speeches[0]!.slogans).toEqual({ expected: 2, found: 1, missed: ['两个维护'] });
    expect(r.speeches[0]!.sections.found).toBe(2);
    // The speech annotation with header fields is scored as header metadata too.
    expect(r.metas.map((m) => m.file)).toEqual(['../texts/speech.txt', 'report.txt']);
    expect(r.metas[0]!.fields.title.right).toBe(true);
    expect(r.metas[0]!.fields.level.right).toBe(true);
    expect(r.metas[1]!.fields.title.right).toBe(true);
    expect(r.metas[1]!.fields.speaker).toMatchObject({ gold: '省长 某某', right: false });
  });
});

describe('tifa eval', () => {
  it('prints the speech table and the header table with a share-right row', async () => {
    const r = await run('eval', '--gold', gold);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.startsWith('overall'))).toMatch(/^overall\s+2\/4 0\.500\s+0\/0\s+-\s+4\/4 1\.000\s+0\s+0\/2 0\.000\s+2\/2 1\.00/);
    expect(lines.find((l) => l.startsWith('share right'))).toMatch(/^share right\s+2\/2 1\.00/);
    expect(r.out).toContain('report.txt: speaker none ≠ "省长 某某"');
    // Subtotals per annotated genre, since the targets differ by genre.
    expect(lines.find((l) => l.startsWith('overall:speech'))).toMatch(/^overall:speech\s+1\/2 0\.500/);
    expect(lines.some((l) => l.startsWith('overall:no genre'))).toBe(true);
    expect(lines.find((l) => l.startsWith('share:work_report'))).toMatch(/^share:work_report\s+1\/1 1\.00/);
  });

  it('gives the same figures as JSON', async () => {
    const r = await run('eval', '--gold', gold, '--json');
    const json = JSON.parse(r.out);
    expect(json.overall).toMatchObject({ files: 2, titlesRight: 2, persons: { expected: 2, found: 0 } });
    expect(json.meta.totals).toMatchObject({ files: 2, right: { title: 2, genre: 2 } });
    expect(Object.keys(json.byGenre).sort()).toEqual(['no genre', 'speech']);
    expect(json.meta.byGenre.work_report).toMatchObject({ files: 1, right: { title: 1 } });
  });

  it('prints one table per gold folder below the one given and one for all, naming no work item', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'tifa-eval-tree-'));
    for (const name of ['one', 'two']) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'report.txt'), ['政府工作报告', '各位代表：', '一、工作回顾'].join('\n'));
      writeFileSync(join(parent, name, 'report.meta.json'), JSON.stringify({ file: 'report.txt', genre: 'work_report', title: '政府工作报告' }));
    }
    const r = await run('eval', '--gold', parent);
    expect(r.code).toBe(0);
    const headings = r.out.split('\n').filter((l) => l.startsWith('== '));
    expect(headings).toEqual([`== ${join(parent, 'one')} (1 texts)`, `== ${join(parent, 'two')} (1 texts)`, '== all 2 folders (2 texts)']);
    expect(r.out.split('\n').filter((l) => l.startsWith('share right'))).toEqual(Array(3).fill(expect.stringMatching(/^share right\s+\d\/\d/)));
    expect(r.out.split('\n').filter((l) => l.startsWith('share right')).at(-1)).toMatch(/^share right\s+2\/2 1\.00/);
    expect(r.out).not.toMatch(/issue/i);
    const json = JSON.parse((await run('eval', '--gold', join(parent, 'one'), join(parent, 'two'), '--json')).out);
    expect(json.folders.map((f: { folder: string }) => f.folder)).toEqual([join(parent, 'one'), join(parent, 'two')]);
    expect(json.all.meta.totals).toMatchObject({ files: 2, right: { title: 2 } });
  });

  it('names the gold file whose text cannot be found', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'tifa-eval-bad-'));
    writeFileSync(join(bad, 'x.meta.json'), JSON.stringify({ file: 'missing.txt' }));
    const r = await run('eval', '--gold', bad);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/x\.meta\.json: the text it annotates, "missing\.txt", cannot be read/);
  });
});
