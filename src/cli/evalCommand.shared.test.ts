import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';

afterEach(() => {
  process.exitCode = undefined;
});

describe('tifa eval without --gold', () => {
  it('scores ../shared/gold, the project fixtures and ../shared/real, one entry per folder and one for all', async () => {
    const r = await run('eval', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const folders = json.folders.map((f: { folder: string }) => f.folder.split(/[\\/]/).slice(-2).join('/'));
    expect(folders).toEqual(expect.arrayContaining(['shared/gold', 'fixtures/corpus', 'real/html', 'fixtures/heldout', 'real/central', 'real/reports-2026']));
    const gold = json.folders.find((f: { folder: string }) => f.folder.endsWith('gold'));
    expect(gold.overall.files).toBeGreaterThanOrEqual(3);
    expect(gold.files[0]).toHaveProperty('sections.expected');
    expect(json.all.meta.totals.files).toBeGreaterThanOrEqual(5 + 8 + 67);
  });
});
