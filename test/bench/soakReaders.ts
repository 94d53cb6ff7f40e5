// The readers of the soak (test/bench/soak.ts): closed-loop workers that send the requests an
// analyst's tools send — co-occurrence at every scope, full-text search, speech lists and speech
// pages with their section tree, slogans and mention snippets, /health — and record every latency
// and every failure (an HTTP status other than 200, or a GraphQL answer with errors).
import { performance } from 'node:perf_hooks';

/** One kind of request the readers send. */
interface Operation {
  name: string;
  /** A GraphQL query and its variables, or a plain GET path. */
  next(pick: <T>(list: readonly T[]) => T): { query: string; variables?: Record<string, unknown> } | { get: string };
}

const SEARCHES = ['两个维护', '四个意识', '六稳', '营商环境', '乡村振兴', '高质量发展', '作风建设'];
const MEASURES = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'];

const cooccurrence = (scope: string): Operation => ({
  name: `sloganCooccurrence ${scope}`,
  next: (pick) => ({
    query: `query($m: CooccurrenceMeasure, $s: Int) { sloganCooccurrence(scope: ${scope}, measure: $m, minSupport: $s, first: 20) { a { name } b { name } support score } }`,
    variables: { m: pick(MEASURES), s: pick([1, 2, 3, 5]) },
  }),
});

/** The mix, sent in turn by every reader; speech pages use ids of speeches that stay in the graph. */
export function soakOperations(speechIds: readonly string[]): Operation[] {
  return [
    cooccurrence('SPEECH'),
    cooccurrence('SECTION'),
    cooccurrence('SENTENCE'),
    {
      name: 'cooccurrence filtered',
      next: (pick) => ({
        query: `query($m: CooccurrenceMeasure, $f: String) { sloganCooccurrence(scope: ${pick(['SPEECH', 'SECTION', 'SENTENCE'])}, measure: $m, minSupport: 2, first: 20, filter: { dateFrom: $f }) { a { name } b { name } support score } }`,
        variables: { m: pick(MEASURES), f: pick(['2015', '2018', '2020-06', '2022']) },
      }),
    },
    { name: 'search', next: (pick) => ({ query: 'query($t: String!) { search(text: $t, first: 10) { type id label score } }', variables: { t: pick(SEARCHES) } }) },
    {
      name: 'speeches page',
      next: (pick) => ({
        query: 'query($s: String) { speeches(first: 10, filter: { slogan: $s }) { totalCount edges { node { id title date slogans { slogan { name } count } } } } }',
        variables: { s: pick([null, ...SEARCHES.slice(0, 3)]) },
      }),
    },
    {
      name: 'speech page',
      next: (pick) => ({
        query: `query($id: ID!) { speech(id: $id) { id title date level venue { name }
          sections { marker heading children { marker heading } }
          slogans { slogan { name kind } count } meetings { meeting { name } count }
          mentions(kind: SLOGAN, first: 10) { text sentence sectionId } } }`,
        variables: { id: pick(speechIds) },
      }),
    },
    { name: 'health', next: () => ({ get: '/health' }) },
  ];
}

/** Latencies and failures of one operation. */
export interface OperationFigures {
  latencies: number[];
  errors: number;
  /** Answers 503 with Retry-After within QUICK_SHED_MS: the server shed the request (admission control), as it should under overload. */
  shed: number;
  /** How long every 503 with Retry-After took to come, quick or not. */
  shedLatencies: number[];
}

/**
 * How fast a 503 must come to count as shed rather than as a failure. Admission control decides
 * when a request arrives, so a shed answer takes milliseconds; the margin is for a client and a
 * server that share their cores with the database under full load.
 */
export const QUICK_SHED_MS = 500;

/** Operations whose latency the soak's headline reports: reads without a speech filter. */
export const UNFILTERED_READS = ['sloganCooccurrence SPEECH', 'sloganCooccurrence SECTION', 'sloganCooccurrence SENTENCE', 'search', 'speech page'];

/** What the readers saw: per operation, and every distinct failure with how often it happened. */
export interface ReaderResults {
  byOperation: Map<string, OperationFigures>;
  failures: Map<string, number>;
  requests: number;
}

/** Exact percentile of sorted values (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

// Deterministic choices (a seeded generator), so two soaks send the same requests.
function picker(seed: number): <T>(list: readonly T[]) => T {
  let a = seed >>> 0;
  return (list) => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return list[a % list.length]!;
  };
}

/** A request's outcome: null when answered, `shed` for a 503 with Retry-After (its code and message), else the failure. */
async function send(url: string, op: ReturnType<Operation['next']>): Promise<string | null | { shed: string }> {
  const res = 'get' in op
    ? await fetch(`${url}${op.get}`, { signal: AbortSignal.timeout(30_000) })
    : await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
        signal: AbortSignal.timeout(30_000),
      });
  const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (res.status === 503 && res.headers.get('retry-after') !== null && !('get' in op)) {
    return { shed: `${body.errors?.[0]?.extensions?.code ?? ''} ${(body.errors?.[0]?.message ?? '').slice(0, 100)}`.trim() };
  }
  if (res.status !== 200) return `HTTP ${res.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${(body.errors?.[0]?.message ?? JSON.stringify(body)).slice(0, 160)}`;
  if (body.errors?.length) return `${body.errors[0]!.extensions?.code ?? 'error'}: ${body.errors[0]!.message.slice(0, 160)}`;
  return null;
}

/**
 * Runs `readers` closed-loop workers against `url` until `until()` says stop or `maxRequests`
 * requests have been sent in all; each worker walks the operation list from its own offset.
 */
export async function runReaders(url: string, ops: readonly Operation[], opts: { readers: number; maxRequests: number; until: () => boolean }): Promise<ReaderResults> {
  const byOperation = new Map(ops.map((o) => [o.name, { latencies: [], errors: 0, shed: 0, shedLatencies: [] } as OperationFigures]));
  const failures = new Map<string, number>();
  let requests = 0;
  const worker = async (index: number) => {
    const pick = picker(index + 1);
    for (let i = index; !opts.until() && requests < opts.maxRequests; i++) {
      requests++;
      const op = ops[i % ops.length]!;
      const figures = byOperation.get(op.name)!;
      const started = performance.now();
      let failure: string | null;
      try {
        const outcome = await send(url, op.next(pick));
        const ms = performance.now() - started;
        if (outcome !== null && typeof outcome === 'object') {
          figures.shedLatencies.push(ms);
          // Shed quickly: the server's answer to overload, not counted in the latencies of answers.
          if (ms <= QUICK_SHED_MS) {
            figures.shed++;
            continue;
          }
          // Listed by the second it took, so that the report shows how late the late ones were.
          failure = `HTTP 503 after ${Math.floor(ms / 1000)}–${Math.floor(ms / 1000) + 1} s (slower than a quick shed, ${QUICK_SHED_MS} ms): ${outcome.shed}`;
        } else failure = outcome;
      } catch (error) {
        failure = `no answer: ${(error as Error).message.slice(0, 160)}`;
      }
      figures.latencies.push(performance.now() - started);
      if (failure !== null) {
        figures.errors++;
        const key = `${op.name}: ${failure}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.readers }, (_, i) => worker(i)));
  return { byOperation, failures, requests };
}
