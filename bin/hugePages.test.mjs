import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandOf, relaunchEnv } from './hugePages.mjs';

const argv = (...args) => ['node', 'bin/tifa.mjs', ...args];

describe('commandOf', () => {
  it.each([
    [['extract', 'a.txt'], 'extract'],
    [['--verbose', 'ingest', 'dir'], 'ingest'],
    [['--help'], undefined],
    [[], undefined],
  ])('%j → %s', (args, command) => expect(commandOf(argv(...args))).toBe(command));
});

describe('relaunchEnv', () => {
  it('sets the tunable for the commands that load jieba, on Linux', () => {
    for (const command of ['extract', 'eval', 'ingest', 'import']) {
      const env = relaunchEnv(argv(command, 'x'), { PATH: '/bin' }, 'linux');
      expect(env).toEqual({ PATH: '/bin', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1', TIFA_RELAUNCHED: '1' });
    }
  });

  it('keeps the tunables the caller set and adds its own', () => {
    expect(relaunchEnv(argv('extract', 'x'), { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux')?.GLIBC_TUNABLES).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1',
    );
  });

  it.each([
    ['a command that loads no jieba', argv('serve'), {}, 'linux'],
    ['--help', argv('--help'), {}, 'linux'],
    ['another system', argv('extract', 'x'), {}, 'darwin'],
    ['a hugetlb setting of the caller (the way to turn it off)', argv('extract', 'x'), { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, 'linux'],
    ['the relaunched process itself', argv('extract', 'x'), { TIFA_RELAUNCHED: '1' }, 'linux'],
  ])('goes on in this process for %s', (_what, args, env, platform) => {
    expect(relaunchEnv(args, env, platform)).toBeNull();
  });
});

// The relaunch itself, with a script that stands in for bin/tifa.mjs: it relaunches like it, then
// does what its last argument says.
describe('relaunch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-relaunch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'standIn.mjs');
  writeFileSync(
    script,
    `import { followParent, relaunch, relaunchEnv } from ${JSON.stringify(new URL('./hugePages.mjs', import.meta.url).href)};
const env = relaunchEnv(process.argv, process.env, process.platform);
if (env) await relaunch(env);
followParent();
const what = process.argv.at(-1);
if (what === 'sigint') process.on('SIGINT', () => { console.log('child stops cleanly'); process.exit(0); });
console.log(JSON.stringify({ pid: process.pid, tunables: process.env.GLIBC_TUNABLES ?? null }));
if (what === 'exit3') process.exit(3);
if (what === 'term') process.kill(process.pid, 'SIGTERM');
if (what === 'wait' || what === 'sigint') setInterval(() => {}, 1000);
`,
  );

  /** Starts the stand-in; resolves with the child's first line once it has printed it. */
  function start(what) {
    const proc = spawn(process.execPath, [script, 'extract', what], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GLIBC_TUNABLES: '', TIFA_RELAUNCHED: '' } });
    let out = '';
    const firstLine = new Promise((resolve, reject) => {
      proc.stdout.on('data', (chunk) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
      });
      proc.once('exit', () => reject(new Error(`exited before printing: ${out}`)));
    });
    const exit = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal, out })));
    return { proc, firstLine, exit };
  }
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it.runIf(process.platform === 'linux')('runs the command in a child with the tunable and exits with its status', async () => {
    const { proc, firstLine, exit } = start('exit3');
    const child = await firstLine;
    expect(child.pid).not.toBe(proc.pid);
    expect(child.tunables).toBe('glibc.malloc.hugetlb=1');
    expect(await exit).toMatchObject({ code: 3, signal: null });
  });

  it.runIf(process.platform === 'linux')("dies of the child's signal", async () => {
    expect(await start('term').exit).toMatchObject({ code: null, signal: 'SIGTERM' });
  });

  it.runIf(process.platform === 'linux')('passes a signal sent to it alone on to the child, which ends its own way', async () => {
    const { proc, firstLine, exit } = start('sigint');
    await firstLine;
    proc.kill('SIGINT');
    const result = await exit;
    expect(result).toMatchObject({ code: 0, signal: null });
    expect(result.out).toContain('child stops cleanly');
  });

  it.runIf(process.platform === 'linux')('stops the child when it is killed outright', async () => {
    const { proc, firstLine, exit } = start('wait');
    const child = await firstLine;
    proc.kill('SIGKILL');
    await exit;
    const deadline = Date.now() + 10_000;
    while (alive(child.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(alive(child.pid)).toBe(false);
  });
});
