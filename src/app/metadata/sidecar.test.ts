import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSidecar, readSidecar, sidecarPath } from './sidecar.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tifa-sidecar-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('sidecar metadata', () => {
  it('sits beside the text as NAME.meta.json', () => {
    expect(sidecarPath('/x/上海市.txt')).toBe('/x/上海市.meta.json');
    expect(sidecarPath('/x/page.html')).toBe('/x/page.meta.json');
    expect(sidecarPath('/x/README')).toBe('/x/README.meta.json');
  });

  it('reads a gold-style sidecar; a text without one has none', async () => {
    await writeFile(join(dir, 'r.meta.json'), JSON.stringify({ file: 'r.txt', genre: 'work_report', title: null, date: '2026-02-03', speaker: { name: '龚正', role: '市长' }, level: 'provincial', place: '上海市', _notes: 'n' }));
    expect(await readSidecar(join(dir, 'r.txt'))).toMatchObject({ genre: 'work_report', date: '2026-02-03', speaker: { name: '龚正', role: '市长' }, level: 'provincial', place: { code: '310000' } });
    expect(await readSidecar(join(dir, 'none.txt'))).toBeNull();
  });

  it.each([
    ['{"date": "2026-02-30"}', /s\.meta\.json: date "2026-02-30" has no day 30/],
    ['{"date": ', /s\.meta\.json: invalid JSON/],
    ['[1]', /s\.meta\.json: not a JSON object/],
    ['{"file": "other.txt"}', /"file" names "other\.txt", not the text beside it \(s\.txt\)/],
  ])('names the sidecar and the problem: %s', (content, message) => {
    expect(() => parseSidecar('/x/s.meta.json', content, 's.txt')).toThrow(message);
  });
});
