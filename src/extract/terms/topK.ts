/** Indices of the `k` largest positive values of `scores`, best first (ties keep the lower index first). */
export function topK(scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let v = 0; v < scores.length; v++) {
    const s = scores[v]!;
    if (s <= 0) continue;
    if (best.length === k) {
      if (s <= scores[best[k - 1]!]!) continue;
      best.pop();
    }
    // Insertion into a list of at most k: cheaper than sorting the whole vocabulary.
    let i = best.length;
    best.push(v);
    while (i > 0 && scores[best[i - 1]!]! < s) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = v;
  }
  return best;
}
