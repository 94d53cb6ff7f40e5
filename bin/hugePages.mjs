// Why this exists: loading jieba (nodejieba) is most of `tifa extract`'s start — cppjieba builds its
// dictionary trie twice (its segmenter and its TextRank extractor, which the binding always
// creates), about 300 MB of small mallocs. With 4 KB pages that is ~155,000 page faults, a third of
// the start-up in kernel time; with glibc's malloc on transparent huge pages
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, glibc ≥ 2.35) it is ~10,000 and the start ~0.3 s shorter.
// glibc reads its tunables only when a process starts, so the commands that load jieba start once
// more with the tunable set; the first process only waits and passes signals and the exit status on.
// glibc's version is not checked (asking Node for it costs ~25 ms): an older glibc or musl ignores
// the tunable, and the extra start costs ~0.07 s there.
// Plain Node, no dependencies: it runs before dist/ is built or loaded.
import { spawn } from 'node:child_process';

/** The commands that load jieba when they start (serve/up load it lazily, on the first mutation). */
export const JIEBA_COMMANDS = new Set(['extract', 'eval', 'ingest', 'import']);
const TUNABLE = 'glibc.malloc.hugetlb=1';
// Set in the relaunched process: never relaunch twice, whatever glibc made of the tunable.
const MARK = 'TIFA_RELAUNCHED';

/** The command word of a `tifa` argv (after node and the script): the first argument that is no option. */
export function commandOf(argv) {
  return argv.slice(2).find((arg) => !arg.startsWith('-'));
}

/**
 * The environment to start `tifa` again with, or null to go on in this process: on Linux,
 * for a command that loads jieba, unless the caller already chose a hugetlb setting (a user's
 * GLIBC_TUNABLES=glibc.malloc.hugetlb=0 turns this off) or this process is the relaunched one.
 */
export function relaunchEnv(argv, env, platform) {
  if (platform !== 'linux' || env[MARK]) return null;
  if (!JIEBA_COMMANDS.has(commandOf(argv) ?? '')) return null;
  const current = env.GLIBC_TUNABLES ?? '';
  if (/(^|:)glibc\.malloc\.hugetlb=/.test(current)) return null;
  return { ...env, GLIBC_TUNABLES: current ? `${current}:${TUNABLE}` : TUNABLE, [MARK]: '1' };
}

/**
 * Runs this `tifa` call again in a child with `env` and resolves to never (the process exits with
 * the child's status, or dies of the child's signal). Ctrl-C reaches both through the terminal's
 * process group; the first process ignores it and lets the child finish its own way; a signal sent
 * to the first process alone is passed on. If the first process is killed outright, the child sees
 * its IPC channel close and stops too.
 */
export function relaunch(env) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  return new Promise(() => {
    child.once('error', (error) => {
      process.stderr.write(`tifa: could not start ${process.execPath}: ${error.message}\n`);
      process.exit(1);
    });
    child.once('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      else process.exit(code ?? 1);
    });
  });
}

/** In the relaunched process: stop when the first process is gone (killed with SIGKILL, say). */
export function followParent() {
  if (!process.env[MARK] || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.exit(process.exitCode ?? 1));
}
