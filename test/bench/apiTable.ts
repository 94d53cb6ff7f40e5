// bench:api's table: every row of apiBenchRows.ts (GraphQL as a client sends it, /explore's and
// /export's HTTP routes to the first byte) and every recipe of cypher/queries/ through the driver
// (with the example parameters of its header, as the Browser guide runs them), each at the given
// numbers of concurrent clients, against its target. One table; `failed` when a row misses.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/graph/database.js';
import { listAnalystQueries } from '../../src/graph/query/analystQueries.js';
import { parseCypherValue } from '../../src/graph/query/parseCypherValue.js';
import { EXPLORE_ROWS, GRAPHQL_ROWS, HTTP_ROWS, LOOKUPS, TARGETS, type BenchRow, type TargetKind } from './apiBenchRows.js';
import { viaDriver, viaGraphql, type Figures } from './loadWindows.js';

const WARMUP_SECONDS = 1;

interface Measured {
  name: string;
  via: string;
  target: TargetKind;
  byClients: Map<number, Figures>;
  problem: string | null;
}

async function postGraphql(url: string, query: string): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

/** The values `{{name}}` stands for, looked up once. */
async function lookups(url: string): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  for (const [name, { query, path }] of Object.entries(LOOKUPS)) {
    const answer = await postGraphql(url, query);
    let at: unknown = answer.data;
    for (const step of path) at = (at as Record<string, unknown> | undefined)?.[step];
    if (typeof at !== 'string') throw new Error(`bench lookup ${name} found nothing (${JSON.stringify(answer.errors ?? answer.data).slice(0, 200)})`);
    values.set(name, at);
  }
  return values;
}

const filled = (text: string, values: Map<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values.get(k) ?? `{{${k}}}`);

/** Time to the first byte of the body of a GET, closed loop over `clients` for `seconds`. */
async function firstByte(url: string, clients: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      const req = request(url, (res) => {
        res.once('data', () => {
          const ms = performance.now() - t;
          res.destroy();
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`HTTP ${res.statusCode}`));
          else resolve(ms);
        });
        res.once('error', () => undefined);
      });
      req.once('error', reject);
      req.end();
    });
  const worker = async () => {
    while (performance.now() < end) {
      try {
        latencies.push(await once());
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length === 0 ? Number.NaN : latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);
  return { rps: latencies.length / seconds, p50: pct(50), p95: pct(95), errors, cpuMs: Number.NaN, neo4jCpuMs: Number.NaN, clientCpuMs: 0, raw: { latencies, seconds, cpuMs: Number.NaN, neo4jCpuMs: Number.NaN, clientCpuMs: 0 } };
}

const f1 = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const met = (m: Measured): boolean => m.problem === null && m.byClients.size > 0 && [...m.byClients.values()].every((f) => f.errors === 0 && f.p95 <= TARGETS[m.target]);

/** One row of the table (also logged as soon as it is measured). */
function line(m: Measured): string {
  const cells = [...m.byClients.values()].map((f) => `${f1(f.p50)} | ${f1(f.p95)} | ${f1(f.rps)}`);
  return `| ${m.name} | ${m.via} | ${TARGETS[m.target]} | ${cells.join(' | ')} | ${m.problem ? `error: ${m.problem}` : met(m) ? 'yes' : '**no**'} |`;
}

/** Measures every row at each client count; returns the table's lines and whether any row missed its target. */
export async function measureTable(opts: { url: string; db: Database; clients: number[]; seconds: number; neo4jPid?: number; log: (line: string) => void }): Promise<{ lines: string[]; failed: boolean }> {
  const { url, db, clients, seconds, neo4jPid } = opts;
  const values = await lookups(url);
  const rows: BenchRow[] = [...GRAPHQL_ROWS, ...EXPLORE_ROWS, ...HTTP_ROWS];
  const results: Measured[] = [];
  for (const row of rows) {
    const m: Measured = { name: row.name, via: row.via === 'graphql' ? 'GraphQL' : 'HTTP first byte', target: row.target, byClients: new Map(), problem: null };
    if (row.via === 'graphql') {
      const query = filled(row.query, values);
      const answer = await postGraphql(url, query);
      if (answer.errors?.length) m.problem = answer.errors[0]!.message.slice(0, 80);
      else
        for (const c of clients) {
          await viaGraphql(url, query, c, WARMUP_SECONDS, neo4jPid);
          m.byClients.set(c, await viaGraphql(url, query, c, seconds, neo4jPid));
        }
    } else {
      const target = `${url}${filled(row.path, values)}`;
      for (const c of clients) {
        await firstByte(target, c, WARMUP_SECONDS);
        m.byClients.set(c, await firstByte(target, c, seconds));
      }
    }
    results.push(m);
    opts.log(`measured: ${line(m)}`);
  }
  for (const recipe of listAnalystQueries()) {
    const params = Object.fromEntries(recipe.params.map((p) => [p.name, parseCypherValue(p.example)]));
    const work = () => db.read(async (tx) => (await tx.run(recipe.statement, params)).records.length);
    const m: Measured = { name: `recipe ${recipe.name}.cypher`, via: 'driver', target: 'recipe', byClients: new Map(), problem: null };
    try {
      await work();
      for (const c of clients) {
        await viaDriver(work, c, WARMUP_SECONDS, neo4jPid);
        m.byClients.set(c, await viaDriver(work, c, seconds, neo4jPid));
      }
    } catch (error) {
      m.problem = String((error as Error).message).slice(0, 80);
    }
    results.push(m);
    opts.log(`measured: ${line(m)}`);
  }
  const lines = [
    `| question | path | target p95 ms | ${clients.map((c) => `p50 ms (${c} clients) | p95 ms (${c} clients) | req/s (${c})`).join(' | ')} | met |`,
    `| --- | --- | ---: | ${clients.map(() => '---: | ---: | ---:').join(' | ')} | --- |`,
    ...results.map(line),
  ];
  const failed = results.some((m) => !met(m));
  return { lines, failed };
}
