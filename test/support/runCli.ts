import { vi } from 'vitest';
import { main } from '../../src/cli.js';

/** Runs `tifa …args` in-process and captures what it writes to stdout and stderr. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(['node', 'tifa', ...args]), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
