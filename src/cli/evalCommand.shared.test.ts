import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';

afterEach(() => {
  process.exitCode = undefined;
});

describe('tifa eval on ../shared/gold', () => {
  it('prints per-file and overall recall', async () => {
    const r = await run('eval', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.overall.files).toBeGreaterThanOrEqual(3);
    expect(json.files[0]).toHaveProperty('sections.expected');
  });
});
