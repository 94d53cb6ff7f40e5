/** p50/p95 of a series of sequential calls, in ms. */
export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

function latency(ms: number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`mutation failed: ${body.errors[0]!.message}`);
  return body.data!;
}

/**
 * The cost of one mutation on a graph of the current size: `count` times, a new short speech in
 * through the ingestSpeech mutation (written, co-occurrence updated, full-text index awaited), then
 * out through removeSpeech — sequential, over GraphQL, each call timed. The graph is the same
 * before and after.
 */
export async function mutationLatency(url: string, token: string, count: number): Promise<{ ingest: Latency; remove: Latency }> {
  const ingest: number[] = [];
  const remove: number[] = [];
  const stamp = Date.now();
  for (let i = 0; i < count; i++) {
    const text = `在第${i + 1}次基准测试会议上的讲话\n一、总体要求\n要增强“四个意识”，坚定“四个自信”，做到“两个维护”。\n二、重点工作\n做好“六稳”工作，落实“六保”任务，深化“放管服”改革。（${stamp}-${i}）\n`;
    let t = performance.now();
    const data = await post(url, token, 'mutation($text: String!, $source: String) { ingestSpeech(text: $text, source: $source) { id } }', { text, source: `bench-mutation-${stamp}-${i}` });
    ingest.push(performance.now() - t);
    const id = (data.ingestSpeech as { id: string }).id;
    t = performance.now();
    await post(url, token, 'mutation($id: ID!) { removeSpeech(id: $id) }', { id });
    remove.push(performance.now() - t);
  }
  return { ingest: latency(ingest), remove: latency(remove) };
}
