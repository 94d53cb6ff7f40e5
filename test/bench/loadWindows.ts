// The two measured paths of bench:api — GraphQL over HTTP (autocannon in a child process) and the
// same work through the driver by as many concurrent workers — with latency percentiles and CPU time
// per request. On a machine shared with other work latency mostly says how long a request waited
// for a core; CPU per request says what the request cost, which is what an optimisation changes.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { GraphqlLoad, GraphqlLoadResult } from './graphqlLoad.js';

/** One measured window. */
export interface Figures {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  /** CPU ms of this process per request: the API server's (GraphQL) or the driver callers' (driver). */
  cpuMs: number;
  /** CPU ms of the Neo4j process per request (NaN when its pid is unknown). */
  neo4jCpuMs: number;
  /** CPU ms of the HTTP load generator per request (GraphQL windows; 0 for the driver, whose callers are `cpuMs`). */
  clientCpuMs: number;
  /** What the figures were computed from, so that windows of one path can be pooled (`pooled`). */
  raw: { latencies: number[]; seconds: number; cpuMs: number; neo4jCpuMs: number; clientCpuMs: number };
}

/** A process's user + system CPU time in ms, from /proc (NaN when unreadable). */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Exact percentiles from every latency, computed the same way for both paths.
function figures(latencies: number[], seconds: number, errors: number, cpuMs: number, neo4jCpuMs: number, clientCpuMs = 0): Figures {
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  const n = Math.max(1, latencies.length);
  return {
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    errors,
    cpuMs: cpuMs / n,
    neo4jCpuMs: neo4jCpuMs / n,
    clientCpuMs: clientCpuMs / n,
    raw: { latencies, seconds, cpuMs, neo4jCpuMs, clientCpuMs },
  };
}

/**
 * The figures of several windows of one path as if they were one: every latency of each, the CPU
 * of each. Measured in the order A B B A (apiBench), two paths see the same drift of the machine —
 * a Neo4j just started still compiling its hot code, its CPU per request falling by half over the
 * first minute — instead of the later path getting the warmer server.
 */
export function pooled(windows: readonly Figures[]): Figures {
  const sum = (f: (w: Figures) => number) => windows.reduce((total, w) => total + f(w), 0);
  return figures(
    windows.flatMap((w) => w.raw.latencies),
    sum((w) => w.raw.seconds),
    sum((w) => w.errors),
    sum((w) => w.raw.cpuMs),
    sum((w) => w.raw.neo4jCpuMs),
    sum((w) => w.raw.clientCpuMs),
  );
}

/** Runs `work` while counting this process's and Neo4j's CPU time. */
async function counted<T>(neo4jPid: number | undefined, work: () => Promise<T>): Promise<{ value: T; cpuMs: number; neo4jCpuMs: number }> {
  const own = ownCpuMs();
  const neo = processCpuMs(neo4jPid);
  const value = await work();
  return { value, cpuMs: ownCpuMs() - own, neo4jCpuMs: processCpuMs(neo4jPid) - neo };
}

/** `connections` closed-loop HTTP clients posting `query` to `${url}/graphql` for `seconds`. */
export async function viaGraphql(url: string, query: string, connections: number, seconds: number, neo4jPid?: number): Promise<Figures> {
  const child = fork(new URL('./graphqlLoad.ts', import.meta.url), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    // The child says when it is loaded, so its start-up is not inside the window.
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the load generator exited with ${code} before starting`)));
    });
    const client = processCpuMs(child.pid);
    let clientCpu = Number.NaN;
    const { value, cpuMs, neo4jCpuMs } = await counted(neo4jPid, () =>
      new Promise<GraphqlLoadResult>((resolve, reject) => {
        child.removeAllListeners('exit');
        child.once('message', (result: GraphqlLoadResult) => {
          clientCpu = processCpuMs(child.pid) - client; // before it exits, while /proc still has it
          resolve(result);
        });
        child.once('exit', (code) => reject(new Error(`the load generator exited with ${code}`)));
        child.send({ url, query, connections, seconds } satisfies GraphqlLoad);
      }),
    );
    return figures(value.latencies, seconds, value.errors, cpuMs, neo4jCpuMs, clientCpu);
  } finally {
    child.kill();
  }
}

// Closed loop: `connections` workers, each issuing the next call when the previous one returns — what autocannon does over HTTP.
export async function viaDriver(work: () => Promise<unknown>, connections: number, seconds: number, neo4jPid?: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await work();
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  const { cpuMs, neo4jCpuMs } = await counted(neo4jPid, () => Promise.all(Array.from({ length: connections }, worker)));
  return figures(latencies, seconds, errors, cpuMs, neo4jCpuMs);
}
