/**
 * TextRank scores over a token sequence of ids in [0, vocabSize): an undirected graph whose edges
 * join tokens fewer than `window` positions apart (repeated pairs add weight), ranked with
 * damping `damping`; the best word scores 1, words absent from `ids` score 0. Works on tokens
 * already segmented, so the text is never cut twice.
 */
export function textRank(ids: Int32Array, vocabSize: number, window = 5, damping = 0.85, iterations = 10): Float64Array {
  const m = ids.length;
  const src = new Int32Array(2 * m * (window - 1));
  const dst = new Int32Array(src.length);
  const out = new Float64Array(vocabSize);
  const present = new Uint8Array(vocabSize);
  let e = 0;
  for (let i = 0; i < m; i++) {
    const a = ids[i]!;
    present[a] = 1;
    const last = Math.min(m, i + window);
    for (let j = i + 1; j < last; j++) {
      const b = ids[j]!;
      if (a === b) continue;
      src[e] = a;
      dst[e++] = b;
      src[e] = b;
      dst[e++] = a;
      out[a]!++;
      out[b]!++;
    }
  }
  let score = new Float64Array(vocabSize);
  for (let v = 0; v < vocabSize; v++) if (present[v]) score[v] = 1;
  const share = new Float64Array(vocabSize);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < vocabSize; v++) share[v] = out[v]! > 0 ? score[v]! / out[v]! : 0;
    const next = new Float64Array(vocabSize);
    for (let k = 0; k < e; k++) next[dst[k]!]! += share[src[k]!]!;
    for (let v = 0; v < vocabSize; v++) next[v] = present[v] ? 1 - damping + damping * next[v]! : 0;
    score = next;
  }
  let max = 0;
  for (let v = 0; v < vocabSize; v++) if (score[v]! > max) max = score[v]!;
  if (max > 0) for (let v = 0; v < vocabSize; v++) score[v]! /= max;
  return score;
}
