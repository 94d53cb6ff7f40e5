/**
 * TextRank scores over a token sequence of ids in [0, vocabSize): an undirected graph whose edges
 * join tokens fewer than `window` positions apart (repeated pairs add weight), ranked with
 * damping `damping`; the best word scores 1, words absent from `ids` score 0. Works on tokens
 * already segmented, so the text is never cut twice.
 */
export function textRank(ids: Int32Array, vocabSize: number, window = 5, damping = 0.85, iterations = 10): Float64Array {
  const m = ids.length;
  // Weighted degree of each word: the number of window pairs it takes part in.
  const out = new Float64Array(vocabSize);
  const present = new Uint8Array(vocabSize);
  for (let i = 0; i < m; i++) {
    const a = ids[i]!;
    present[a] = 1;
    const last = Math.min(m, i + window);
    for (let j = i + 1; j < last; j++) {
      const b = ids[j]!;
      if (a === b) continue;
      out[a]!++;
      out[b]!++;
    }
  }
  let score = new Float64Array(vocabSize);
  for (let v = 0; v < vocabSize; v++) if (present[v]) score[v] = 1;
  const share = new Float64Array(vocabSize);
  let next = new Float64Array(vocabSize);
  // The edges are walked straight from the token sequence: no edge list is built or stored.
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < vocabSize; v++) share[v] = out[v]! > 0 ? score[v]! / out[v]! : 0;
    next.fill(0);
    // The default window (5: four pairs per token) written out where all four fit: the same
    // additions in the same order as the loop below, without its bounds and counter.
    const unrolled = window === 5 ? Math.max(0, m - 4) : 0;
    for (let i = 0; i < unrolled; i++) {
      const a = ids[i]!;
      const sa = share[a]!;
      addPair(next, share, a, sa, ids[i + 1]!);
      addPair(next, share, a, sa, ids[i + 2]!);
      addPair(next, share, a, sa, ids[i + 3]!);
      addPair(next, share, a, sa, ids[i + 4]!);
    }
    for (let i = unrolled; i < m; i++) {
      const a = ids[i]!;
      const sa = share[a]!;
      const last = Math.min(m, i + window);
      for (let j = i + 1; j < last; j++) addPair(next, share, a, sa, ids[j]!);
    }
    for (let v = 0; v < vocabSize; v++) next[v] = present[v] ? 1 - damping + damping * next[v]! : 0;
    [score, next] = [next, score];
  }
  let max = 0;
  for (let v = 0; v < vocabSize; v++) if (score[v]! > max) max = score[v]!;
  if (max > 0) for (let v = 0; v < vocabSize; v++) score[v]! /= max;
  return score;
}

/** One window pair's contribution to both ends (none when a word meets itself). */
function addPair(next: Float64Array, share: Float64Array, a: number, sa: number, b: number): void {
  if (a === b) return;
  next[b]! += sa;
  next[a]! += share[b]!;
}
