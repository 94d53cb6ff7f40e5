// Soak (a script, not a test): `npm run soak -- [--seconds 60] [--max-requests 50000] [--readers 4 | --clients 50] [--base 2200] [--writes 5]`.
// While readers hammer the API (test/bench/soakReaders.ts: co-occurrence at all scopes,
// search, speech lists and speech pages with sections and slogans, /health), a writer runs
// `tifa ingest` on --writes new speeches and then `tifa remove` on each of them, again and again, as
// a user would. Bounded in time (--seconds, at most 600) and in requests (--max-requests); loopback
// only: `tifa serve` is started on 127.0.0.1 and a free port. Prints requests, errors (each one
// listed; a 503 with Retry-After within QUICK_SHED_MS is the server shedding load and is counted
// apart, not as an error, and a slower one is an error; a /health 503 is always an error, as Neo4j
// is up throughout), p50/p95/p99 per operation, of the reads without a speech filter and overall,
// how long the 503s took to come (p50, p95, slowest), how fast the fresh server refused its first
// fragment fan-out (test/bench/coldRefusal.ts), the peak RSS of the server and of the ingest and
// remove processes, and `tifa check`'s verdict afterwards; exits 1 on any error.
// Database: NEO4J_URI, else a throwaway local instance. An empty graph is first loaded with --base
// seed speeches (test/bench/seedCorpus.ts; by default 2,200, the size the hardening was tried at,
// ≈ 2.5 min to load); a graph that holds speeches is used as it is. The writer
// only touches its own speeches and removes them all before the end, so the graph is left as found.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkGraph } from '../../src/app/checkGraph.js';
import { coldRefusal } from './coldRefusal.js';
import { ingestFiles } from '../../src/app/ingestFiles.js';
import { loadConfig } from '../../src/config.js';
import { applySchema } from '../../src/graph/applySchema.js';
import { openDatabase } from '../../src/graph/database.js';
import { countSpeeches } from '../../src/graph/read/countSpeeches.js';
import { startTestNeo4j } from '../support/testNeo4j.js';
import { seedCorpusFiles } from './seedCorpus.js';
import { percentile, QUICK_SHED_MS, runReaders, soakOperations, UNFILTERED_READS, type ReaderResults } from './soakReaders.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    'max-requests': { type: 'string', default: '50000' },
    readers: { type: 'string', default: '4' },
    /** The same as --readers: concurrent clients. */
    clients: { type: 'string' },
    base: { type: 'string', default: '2200' },
    writes: { type: 'string', default: '5' },
  },
});
function whole(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
const SECONDS = whole('seconds', values.seconds, 1, 600);
const MAX_REQUESTS = whole('max-requests', values['max-requests'], 1, 1_000_000);
const READERS = values.clients !== undefined ? whole('clients', values.clients, 1, 200) : whole('readers', values.readers, 1, 200);
const BASE = whole('base', values.base, 1, 100_000);
const WRITES = whole('writes', values.writes, 1, 1_000);
// The writer's speeches are numbered far from the base ones, so their texts (and ids) differ.
const WRITER_FIRST = 1_000_000;
const TIFA = fileURLToPath(new URL('../../bin/tifa.mjs', import.meta.url));

/** Peak resident set of a running process (Linux VmHWM), in MB; null when it cannot be read. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** Samples a child's peak RSS until it exits (the last sample before exit is its peak, to 100 ms). */
function trackPeak(child: ChildProcess): () => number | null {
  let peak: number | null = null;
  const timer = setInterval(() => (peak = peakRssMb(child.pid) ?? peak), 100);
  child.once('exit', () => clearInterval(timer));
  return () => peak;
}

/** Runs `tifa <args>` to the end; resolves with its exit code, peak RSS and the last lines it wrote. */
function runTifa(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number; peakMb: number | null; tail: string }> {
  const child = spawn(process.execPath, [TIFA, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = trackPeak(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-600));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, peakMb: peak(), tail: output.trim().split('\n').slice(-2).join(' | ') }));
  });
}

/**
 * Starts `tifa serve` on loopback and a free port; resolves once it prints its GraphQL URL. The
 * server logs each request (JSON lines): the time it took to answer each GraphQL 503 is kept, the
 * server's side of a shed, apart from the time a client waits for the machine to run it.
 */
async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; peak: () => number | null; shedMs: number[] }> {
  const child = spawn(process.execPath, [TIFA, 'serve', '--host', '127.0.0.1', '--port', '0'], { env: { ...env, TIFA_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = trackPeak(child);
  const shedMs: number[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^(http:\/\/127\.0\.0\.1:\d+)\/graphql$/.exec(line.trim());
      if (match) resolve(match[1]!);
      else if (line.includes('"status":503')) {
        const entry = JSON.parse(line) as { msg?: string; path?: string; ms?: number };
        if (entry.msg === 'request' && entry.path === '/graphql' && typeof entry.ms === 'number') shedMs.push(entry.ms);
      }
    });
    child.once('exit', (code) => reject(new Error(`tifa serve exited (${code}): ${stderr.trim()}`)));
  });
  return { child, url, peak, shedMs };
}

/**
 * The writer: ingest the writer's files, remove them one by one, again, until told to stop. It
 * always ends with them removed, so a cycle begun before the deadline runs to its end after it.
 */
async function runWriter(env: NodeJS.ProcessEnv, files: string[], dir: string, until: () => boolean) {
  const result = { ingests: 0, removes: 0, ingestPeakMb: null as number | null, removePeakMb: null as number | null, failures: [] as string[] };
  const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  do {
    const ingest = await runTifa(env, ['ingest', dir]);
    result.ingests++;
    result.ingestPeakMb = max(result.ingestPeakMb, ingest.peakMb);
    if (ingest.code !== 0) result.failures.push(`tifa ingest exited ${ingest.code}: ${ingest.tail}`);
    for (const file of files) {
      const remove = await runTifa(env, ['remove', file]);
      result.removes++;
      result.removePeakMb = max(result.removePeakMb, remove.peakMb);
      if (remove.code !== 0) result.failures.push(`tifa remove exited ${remove.code}: ${remove.tail}`);
    }
  } while (!until());
  return result;
}

const f1 = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(1));

function table(results: ReaderResults): string[] {
  const lines = ['| operation | answered | shed (quick 503) | errors | p50 ms | p95 ms | p99 ms | 503 p95 ms | 503 slowest ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const all: number[] = [];
  const unfiltered: number[] = [];
  let errors = 0;
  let shed = 0;
  const shedAll: number[] = [];
  for (const [name, f] of results.byOperation) {
    const sorted = [...f.latencies].sort((a, b) => a - b);
    const shedSorted = [...f.shedLatencies].sort((a, b) => a - b);
    shedAll.push(...shedSorted);
    all.push(...sorted);
    if (UNFILTERED_READS.includes(name)) unfiltered.push(...sorted);
    errors += f.errors;
    shed += f.shed;
    lines.push(`| ${name} | ${sorted.length} | ${f.shed} | ${f.errors} | ${f1(percentile(sorted, 0.5))} | ${f1(percentile(sorted, 0.95))} | ${f1(percentile(sorted, 0.99))} | ${f1(percentile(shedSorted, 0.95))} | ${f1(shedSorted.at(-1) ?? null)} |`);
  }
  all.sort((a, b) => a - b);
  unfiltered.sort((a, b) => a - b);
  shedAll.sort((a, b) => a - b);
  lines.push(`| unfiltered reads | ${unfiltered.length} | | | ${f1(percentile(unfiltered, 0.5))} | ${f1(percentile(unfiltered, 0.95))} | ${f1(percentile(unfiltered, 0.99))} | | |`);
  lines.push(`| all | ${all.length} | ${shed} | ${errors} | ${f1(percentile(all, 0.5))} | ${f1(percentile(all, 0.95))} | ${f1(percentile(all, 0.99))} | ${f1(percentile(shedAll, 0.95))} | ${f1(shedAll.at(-1) ?? null)} |`);
  return lines;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const resolved = await startTestNeo4j(config, (l) => console.error(`[neo4j] ${l}`));
  const db = openDatabase(resolved);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    await db.verify();
    await applySchema(db);
    if ((await countSpeeches(db)) === 0) {
      const base = seedCorpusFiles(BASE);
      const { summary } = await ingestFiles(db, [base.dir], { maxFileBytes: config.extract.maxFileBytes, concurrency: 2 });
      console.error(`loaded ${summary.new} seed speeches in ${summary.seconds.toFixed(0)} s`);
    }
    const speeches = await countSpeeches(db);
    const writer = seedCorpusFiles(WRITES, WRITER_FIRST);
    // The commands reach the same database as this script and log only warnings (the server also logs its requests, startServer).
    const env = { ...process.env, NEO4J_URI: resolved.uri, NEO4J_USER: resolved.user, NEO4J_PASSWORD: resolved.password, TIFA_LOG_LEVEL: 'warn', TIFA_LOG_FORMAT: 'json' };
    server = await startServer(env);
    // Before anything else reaches the fresh server: the first hostile document's refusal.
    const cold = await coldRefusal(server.url);
    const ids = await stableSpeechIds(server.url);
    // One of each request first, not counted: query plans and caches of a fresh server.
    await runReaders(server.url, soakOperations(ids), { readers: 1, maxRequests: soakOperations(ids).length, until: () => false });

    const started = Date.now();
    const end = started + SECONDS * 1000;
    const until = () => Date.now() >= end;
    const [reads, writes] = await Promise.all([
      runReaders(server.url, soakOperations(ids), { readers: READERS, maxRequests: MAX_REQUESTS, until }).then((r) => ({ ...r, seconds: (Date.now() - started) / 1000 })),
      runWriter(env, writer.files, writer.dir, until),
    ]);
    const seconds = (Date.now() - started) / 1000;
    const serverPeak = server.peak();
    const check = await checkGraph(db);
    const left = await countSpeeches(db);

    const coldRefused = cold.statuses.every((status) => status === 400);
    const errors = [...reads.failures.values()].reduce((a, b) => a + b, 0) + writes.failures.length + (check.ok ? 0 : 1) + (left === speeches ? 0 : 1) + (coldRefused ? 0 : 1);
    console.log(`\nSoak: ${READERS} readers for ${reads.seconds.toFixed(1)} s (bounds: ${SECONDS} s, ${MAX_REQUESTS} requests), writer for ${seconds.toFixed(1)} s (it ends its last cycle); loopback ${server.url}, graph of ${speeches} speeches (${resolved.description})`);
    console.log(`writer: tifa ingest of ${WRITES} new speeches ${writes.ingests}×, tifa remove ${writes.removes}× (each speech in and out again)\n`);
    for (const line of table(reads)) console.log(line);
    const health503 = [...reads.failures].filter(([failure]) => failure.startsWith('health: HTTP 503')).reduce((a, [, n]) => a + n, 0);
    const unfiltered = UNFILTERED_READS.flatMap((name) => reads.byOperation.get(name)?.latencies ?? []).sort((a, b) => a - b);
    const shedMs = [...reads.byOperation.values()].flatMap((f) => f.shedLatencies).sort((a, b) => a - b);
    const lateShed = shedMs.filter((ms) => ms > QUICK_SHED_MS).length;
    console.log(`\nrequests: ${reads.requests}  errors other than quick 503s with Retry-After: ${errors}  /health 503 while Neo4j was up: ${health503}  p95 of unfiltered reads: ${f1(percentile(unfiltered, 0.95))} ms`);
    const serverShedMs = [...server.shedMs].sort((a, b) => a - b);
    console.log(`503s with Retry-After: ${shedMs.length}, answered in p50 ${f1(percentile(shedMs, 0.5))} ms, p95 ${f1(percentile(shedMs, 0.95))} ms, slowest ${f1(shedMs.at(-1) ?? null)} ms; slower than ${QUICK_SHED_MS} ms (errors): ${lateShed}`);
    console.log(`  the server's side of them (its request log, from the request to its answer): p50 ${f1(percentile(serverShedMs, 0.5))} ms, p95 ${f1(percentile(serverShedMs, 0.95))} ms, slowest ${f1(serverShedMs.at(-1) ?? null)} ms; the rest of a client's wait is spent before the server reads the request or after it answers (waiting for a core, in the client)`);
    for (const [failure, n] of reads.failures) console.log(`  error ×${n}: ${failure}`);
    for (const failure of writes.failures) console.log(`  error: ${failure}`);
    if (left !== speeches) console.log(`  error: the graph holds ${left} speeches after the soak, ${speeches} before`);
    console.log(`fragment fan-out of 30 on the fresh server: HTTP ${cold.statuses.join(', ')} in ${cold.ms.map((ms) => f1(ms)).join(' ms (first), ')} ms (second); /health/live meanwhile at most ${f1(cold.slowestLiveMs)} ms`);
    if (!coldRefused) console.log('  error: the fan-out was not refused with a 400');
    console.log(`peak RSS: server ${f1(serverPeak)} MB, tifa ingest ${f1(writes.ingestPeakMb)} MB, tifa remove ${f1(writes.removePeakMb)} MB`);
    console.log(`tifa check after the soak: ${check.lines.join('; ')}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    server?.child.kill('SIGTERM');
    if (server) await new Promise((r) => server!.child.once('exit', r));
    await db.close();
    await resolved.stop();
  }
}

/** Ids of speeches the writer does not touch, for the speech pages. */
async function stableSpeechIds(url: string): Promise<string[]> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ speeches(first: 100) { edges { node { id source } } } }' }),
  });
  const body = (await res.json()) as { data: { speeches: { edges: Array<{ node: { id: string; source: string | null } }> } } };
  const ids = body.data.speeches.edges.filter((e) => !(e.node.source ?? '').includes(`seed-${WRITER_FIRST}-`)).map((e) => e.node.id);
  if (ids.length === 0) throw new Error('the graph holds no speech to read');
  return ids;
}

await main();
