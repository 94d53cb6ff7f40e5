// The first hostile document a fresh server meets: a fan-out of 30 fragments (2^29 fields once
// expanded) sent twice, each refusal timed, while /health/live is asked every 50 ms. Printed by the
// soak (test/bench/soak.ts) as one line; the document limits must refuse it with a 400 at once,
// the first time as the next, and the process must keep answering meanwhile.
import { performance } from 'node:perf_hooks';

/** n fragments on Slogan, each spreading the one before twice, selected in one slogan. */
function fanOut(n: number): string {
  const fragments = ['fragment F0 on Slogan { name }'];
  for (let i = 1; i < n; i++) fragments.push(`fragment F${i} on Slogan { ...F${i - 1} ...F${i - 1} }`);
  return `query { slogan(name: "两个维护") { ...F${n - 1} } } ${fragments.join(' ')}`;
}

/** What the first and second refusal took, their HTTP statuses, and the slowest /health/live meanwhile. */
export interface ColdRefusal {
  statuses: number[];
  ms: number[];
  slowestLiveMs: number;
}

export async function coldRefusal(url: string): Promise<ColdRefusal> {
  const query = fanOut(30);
  let slowestLiveMs = 0;
  let done = false;
  const watch = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${url}/health/live`)).arrayBuffer();
      slowestLiveMs = Math.max(slowestLiveMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const statuses: number[] = [];
  const ms: number[] = [];
  for (let send = 0; send < 2; send++) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await res.arrayBuffer();
    ms.push(performance.now() - started);
    statuses.push(res.status);
  }
  done = true;
  await watch;
  return { statuses, ms, slowestLiveMs };
}
