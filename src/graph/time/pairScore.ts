import type { CooccurrenceMeasure } from '../cooccurrence/types.js';

/**
 * The association of two slogans from unit counts, as cypher/analytics/sloganCooccurrence.cypher
 * scores a pair: n units, na and nb holding each, s holding both. Null where the measure is not
 * defined (no unit holds either; PMI and NPMI of a pair that never occurs together).
 */
export function pairScore(measure: CooccurrenceMeasure, s: number, n: number, na: number, nb: number): number | null {
  switch (measure) {
    case 'COUNT':
      return s;
    case 'JACCARD':
      return na + nb - s > 0 ? s / (na + nb - s) : null;
    case 'LIFT':
      return na > 0 && nb > 0 ? (s * n) / (na * nb) : null;
    case 'PMI':
      return s > 0 ? Math.log((s * n) / (na * nb)) / Math.log(2) : null;
    case 'NPMI':
      if (s === 0) return null;
      return s === n || (na === s && nb === s) ? 1 : Math.log((s * n) / (na * nb)) / -Math.log(s / n);
  }
}
