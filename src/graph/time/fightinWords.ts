// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin'
// Words"): which formulations mark one side of a corpus against another. Counts are speeches that
// use a formulation, not mentions, so one long report repeating a slogan does not decide a result.

/**
 * The prior's weight α₀. The prior is the pooled share of each formulation over both sides; 100
 * pseudo-speech uses is small against a province or a year (thousands of uses) and still keeps a
 * formulation used once in a small subset from scoring like a law of the corpus.
 */
export const PRIOR_WEIGHT = 100;

/** Counts of one side: speeches using each formulation, and the speeches on that side. */
export interface Side {
  counts: ReadonlyMap<string, number>;
  speeches: number;
}

/** One formulation scored: δ (log-odds ratio, positive when over-represented in the subset), z = δ/σ, counts and shares on both sides. */
export interface WordScore {
  name: string;
  delta: number;
  z: number;
  subsetCount: number;
  referenceCount: number;
  subsetShare: number;
  referenceShare: number;
}

/** Scores every formulation used on either side; unordered. */
export function fightinWords(subset: Side, reference: Side, alpha0 = PRIOR_WEIGHT): WordScore[] {
  const names = new Set([...subset.counts.keys(), ...reference.counts.keys()]);
  const sum = (m: ReadonlyMap<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const ni = sum(subset.counts);
  const nj = sum(reference.counts);
  const pooled = ni + nj;
  const out: WordScore[] = [];
  for (const name of names) {
    const yi = subset.counts.get(name) ?? 0;
    const yj = reference.counts.get(name) ?? 0;
    if (yi + yj === 0) continue;
    const aw = (alpha0 * (yi + yj)) / pooled;
    const delta = Math.log((yi + aw) / (ni + alpha0 - yi - aw)) - Math.log((yj + aw) / (nj + alpha0 - yj - aw));
    const variance = 1 / (yi + aw) + 1 / (yj + aw);
    out.push({
      name,
      delta,
      z: delta / Math.sqrt(variance),
      subsetCount: yi,
      referenceCount: yj,
      subsetShare: subset.speeches > 0 ? yi / subset.speeches : 0,
      referenceShare: reference.speeches > 0 ? yj / reference.speeches : 0,
    });
  }
  return out;
}

/** Formulations over-represented in the subset (used there at least once), by z, then name; the first `first`. */
export function distinctive(subset: Side, reference: Side, first: number): WordScore[] {
  return fightinWords(subset, reference)
    .filter((s) => s.subsetCount > 0)
    .sort((a, b) => b.z - a.z || (a.name < b.name ? -1 : 1))
    .slice(0, first);
}

/**
 * Formulations whose share rose from `before` to `after`: the same log-odds ratio with the later
 * period as the subset, ranked by δ (the smoothed log ratio), then name; only those used in at
 * least `minSupport` speeches of the later period.
 */
export function rising(before: Side, after: Side, minSupport: number, first: number): WordScore[] {
  return fightinWords(after, before)
    .filter((s) => s.subsetCount >= minSupport)
    .sort((a, b) => b.delta - a.delta || (a.name < b.name ? -1 : 1))
    .slice(0, first);
}
