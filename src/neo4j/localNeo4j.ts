import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jSetupError, requireProgram } from './installNeo4j.js';
import type { TransactionMemory } from '../memorySizing.js';
import { jvmOptions, renderLogConfig, renderNeo4jConf } from './renderNeo4jConfig.js';

/** Where and how to run one local Neo4j instance. */
export interface LocalInstanceOptions {
  /** Folder with the Neo4j jars (from installNeo4j). */
  lib: string;
  /** The instance's home: conf/, data/, logs/, run/ live here. */
  home: string;
  boltPort: number;
  /** Neo4j Browser's HTTP port on 127.0.0.1; 0 or absent = HTTP off (test instances). */
  httpPort?: number;
  heap: string;
  pageCache: string;
  /** Neo4j's bounds on transaction memory (neo4j.conf); absent = Neo4j's defaults. */
  transactionMemory?: TransactionMemory | undefined;
  timeoutMs: number;
  log?: (line: string) => void;
}

/** A running (or just started) local instance. */
export interface LocalInstance {
  pid: number;
  uri: string;
  home: string;
  /** True when start found it already running and left it alone. */
  alreadyRunning: boolean;
}

/**
 * How to connect to a local instance: it runs with auth disabled on loopback (see the README), so
 * any user and an empty password; the driver then sends no auth token.
 */
export function localConnection(instance: { uri: string }, database: string | undefined) {
  return { uri: instance.uri, user: 'neo4j', password: '', database };
}

interface InstanceFile {
  pid: number;
  uri: string;
  startedAt: string;
}

const EXIT_MEANINGS: Record<number, string> = {
  1: 'Neo4j failed to start',
  2: 'the database failed to start (is the store locked by another process?)',
  3: 'Neo4j rejected its configuration',
};

/** Home of the project's long-lived local instance inside the cache dir (`tifa neo4j …`, `tifa up`). */
export const sharedInstanceHome = (cacheDir: string) => join(cacheDir, 'instance');
const instanceFile = (home: string) => join(home, 'run', 'tifa-instance.json');
/** The file that receives the instance's console log. */
export const consoleLogPath = (home: string) => join(home, 'logs', 'console.log');

function isOurJava(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no procfs: a live pid is the best we can tell
  const args = readFileSync(cmdline, 'utf8');
  return args.includes('CommunityEntryPoint') && args.includes(home);
}

function logTail(home: string, lines = 25): string {
  try {
    return readFileSync(consoleLogPath(home), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Reports whether the instance in `home` runs, with its pid and Bolt URI. */
export function localNeo4jStatus(home: string): { running: false } | { running: true; pid: number; uri: string } {
  let info: InstanceFile;
  try {
    info = JSON.parse(readFileSync(instanceFile(home), 'utf8')) as InstanceFile;
  } catch {
    return { running: false };
  }
  return isOurJava(info.pid, home) ? { running: true, pid: info.pid, uri: info.uri } : { running: false };
}

/** Creates the home's folders and writes its configuration (also read by the import tool). */
export function writeInstanceConfig(opts: Pick<LocalInstanceOptions, 'home' | 'boltPort' | 'httpPort' | 'pageCache' | 'transactionMemory'>): void {
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(join(opts.home, dir), { recursive: true });
  writeFileSync(join(opts.home, 'conf', 'neo4j.conf'), renderNeo4jConf(opts));
  writeFileSync(join(opts.home, 'conf', 'server-logs.xml'), renderLogConfig('server'));
  writeFileSync(join(opts.home, 'conf', 'user-logs.xml'), renderLogConfig('user'));
}

/** Starts Neo4j from the jars in the background and resolves once its log says `Started.`; reuses a running one. */
export async function startLocalNeo4j(opts: LocalInstanceOptions): Promise<LocalInstance> {
  const log = opts.log ?? (() => {});
  const status = localNeo4jStatus(opts.home);
  if (status.running) return { pid: status.pid, uri: status.uri, home: opts.home, alreadyRunning: true };
  requireProgram('java', 'install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI');
  if (await portAnswers(opts.boltPort)) {
    throw new Neo4jSetupError(`port ${opts.boltPort} on 127.0.0.1 is taken by another program; set TIFA_NEO4J_PORT to a free port`);
  }
  if (opts.httpPort && (await portAnswers(opts.httpPort))) {
    throw new Neo4jSetupError(`port ${opts.httpPort} on 127.0.0.1 is taken by another program; set TIFA_NEO4J_HTTP_PORT to a free port (0 turns Neo4j Browser off)`);
  }
  writeInstanceConfig(opts);

  const logFd = openSync(consoleLogPath(opts.home), 'w');
  const args = [
    ...jvmOptions(opts.heap),
    '-cp',
    `${opts.lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${opts.home}`,
    `--config-dir=${join(opts.home, 'conf')}`,
    '--console-mode',
  ];
  const child = spawn('java', args, { detached: true, stdio: ['ignore', logFd, logFd], cwd: opts.home });
  closeSync(logFd);
  let exitCode: number | null = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jSetupError('could not start java');
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  writeFileSync(instanceFile(opts.home), JSON.stringify({ pid, uri, startedAt: new Date().toISOString() } satisfies InstanceFile));
  log(`Starting Neo4j (pid ${pid}), log: ${consoleLogPath(opts.home)}`);

  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (exitCode !== null) {
      rmSync(instanceFile(opts.home), { force: true });
      const meaning = EXIT_MEANINGS[exitCode] ?? 'Neo4j exited';
      throw new Neo4jSetupError(`${meaning} (exit ${exitCode}). Last lines of ${consoleLogPath(opts.home)}:\n${logTail(opts.home)}`);
    }
    if (/^\S+ \S+ INFO {2}Started\.$/m.test(readFileSync(consoleLogPath(opts.home), 'utf8'))) break;
    if (Date.now() > deadline) {
      await stopLocalNeo4j(opts.home, 30_000);
      throw new Neo4jSetupError(
        `Neo4j did not print "Started." within ${Math.round(opts.timeoutMs / 1000)} s. Last lines of ${consoleLogPath(opts.home)}:\n${logTail(opts.home)}`,
      );
    }
    await sleep(200);
  }
  child.unref();
  return { pid, uri, home: opts.home, alreadyRunning: false };
}

/** Stops the instance in `home` with SIGTERM and waits for the process to exit (SIGKILL after the timeout). */
export async function stopLocalNeo4j(home: string, timeoutMs = 60_000): Promise<{ stopped: boolean; pid?: number; forced?: boolean }> {
  const status = localNeo4jStatus(home);
  if (!status.running) {
    rmSync(instanceFile(home), { force: true });
    return { stopped: false };
  }
  const { pid } = status;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  let forced = false;
  while (isOurJava(pid, home)) {
    if (Date.now() > deadline && !forced) {
      // A clean shutdown did not come: force it; the next start runs recovery.
      process.kill(pid, 'SIGKILL');
      forced = true;
    }
    await sleep(100);
  }
  rmSync(instanceFile(home), { force: true });
  return { stopped: true, pid, forced };
}
