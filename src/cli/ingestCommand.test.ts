import { afterEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/support/runCli.js';

afterEach(() => {
  process.exitCode = undefined;
});

describe('tifa ingest --help', () => {
  // One writer is the default: measured faster than two with Neo4j on the same 2 cores (README, Performance).
  it('names one write transaction at a time as the default', async () => {
    const r = await run('ingest', '--help');
    expect(r.code).toBe(0);
    expect(r.out.replace(/\s+/g, ' ')).toMatch(/--concurrency <n> write transactions at the same time \(several speeches each\) \(default: "1"\)/);
  });
});
