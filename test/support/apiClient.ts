import { performance } from 'node:perf_hooks';
import type { ApiServer } from '../../src/api/http/createApiServer.js';
import { loadConfig, type ServerConfig } from '../../src/config.js';

/** The server settings of a plain environment, on loopback and any free port, with overrides. */
export function testServerConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({}).server, host: '127.0.0.1', port: 0, ...overrides };
}

/** A GraphQL answer with its HTTP status and how long it took. */
export interface GqlResult {
  status: number;
  ms: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs one GraphQL request and times it. */
export async function gql(server: Pick<ApiServer, 'url'>, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as object;
  return { status: res.status, ms: performance.now() - started, ...body };
}

/** GET /health, timed. */
export async function health(server: Pick<ApiServer, 'url'>): Promise<{ status: number; ms: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(30_000) });
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, ms: performance.now() - started, body };
}

/** The error codes of an answer, in order. */
export const codes = (r: Pick<GqlResult, 'errors'>) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Polls /health every `everyMs` until `until` settles; returns every answer. */
export async function pollHealthDuring(server: Pick<ApiServer, 'url'>, until: Promise<unknown>, everyMs = 100): Promise<Array<{ status: number; ms: number }>> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => {});
  const seen: Array<{ status: number; ms: number }> = [];
  while (!done) {
    const h = await health(server).catch(() => ({ status: 0, ms: Number.POSITIVE_INFINITY }));
    seen.push({ status: h.status, ms: h.ms });
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return seen;
}
