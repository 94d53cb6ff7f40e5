/**
 * TextRank scores of `words` (a token sequence in reading order): an undirected graph whose edge
 * weights count co-occurrences within `window` tokens, ranked with damping `damping`; the best word
 * scores 1. Works on tokens already segmented, so the text is never cut twice.
 */
export function textRank(words: readonly string[], window = 5, damping = 0.85, iterations = 20): Map<string, number> {
  const ids = new Map<string, number>();
  const seq = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    seq[i] = id;
  }
  const n = ids.size;
  if (n === 0) return new Map();
  const edges = new Map<number, number>();
  for (let i = 0; i < seq.length; i++) {
    for (let j = i + 1; j < Math.min(seq.length, i + window); j++) {
      const a = seq[i]!;
      const b = seq[j]!;
      if (a === b) continue;
      const key = a < b ? a * n + b : b * n + a;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  const out = new Float64Array(n);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (const [key, w] of edges) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    from.push(a, b);
    to.push(b, a);
    weight.push(w, w);
    out[a]! += w;
    out[b]! += w;
  }
  let score = new Float64Array(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill(1 - damping);
    for (let e = 0; e < from.length; e++) {
      const a = from[e]!;
      next[to[e]!]! += (damping * weight[e]! * score[a]!) / out[a]!;
    }
    score = next;
  }
  let max = 0;
  for (const s of score) max = Math.max(max, s);
  const result = new Map<string, number>();
  for (const [w, id] of ids) result.set(w, max > 0 ? score[id]! / max : 0);
  return result;
}
