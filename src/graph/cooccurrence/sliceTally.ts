// The stored per-slice counts (src/graph/time/slices.ts: a year, a month, a province, a level, a
// level in a year or month), counted in memory from the speeches' tally units: what
// cypher/analytics/slicesDelta.cypher adds for each speech. The writer sends one batch's sums
// (slicesAdd.cypher); the import writes them as files. Per slice:
//   (:Slice {key}) units per scope of the speeches in it;
//   (:SloganSlice {key, slice, name}) units holding the slogan, and its mentions;
//   (:PairSlice {key, slice, a, b}) units holding both (year and province slices only).
import type { SpeechTallyUnits, UnitCounts } from './tally.js';

export interface SliceTotals extends UnitCounts {
  slice: string;
}
export interface SloganSliceCounts extends UnitCounts {
  slice: string;
  name: string;
  mentions: number;
}
export interface PairSliceCounts extends UnitCounts {
  slice: string;
  a: string;
  b: string;
}

const SCOPES = ['speeches', 'sections', 'sentences'] as const;
const zero = (): UnitCounts => ({ speeches: 0, sections: 0, sentences: 0 });

/** The stored key of a slogan's or a pair's counts in a slice. */
export const sloganSliceKey = (slice: string, name: string): string => `${slice}\t${name}`;
export const pairSliceKey = (slice: string, a: string, b: string): string => `${slice}\t${a}\t${b}`;

/** Sums speeches' counts per slice, as the deltas would add them one speech at a time. */
export class SliceTally {
  private readonly totals = new Map<string, SliceTotals>();
  private readonly slogans = new Map<string, SloganSliceCounts>();
  private readonly pairs = new Map<string, PairSliceCounts>();

  addUnits(speech: SpeechTallyUnits): void {
    const { all, pairs } = speech.slices;
    if (all.length === 0) return;
    // The speech's own counts first, then added to each of its slices.
    const slogans = new Map<string, UnitCounts>();
    const pairCounts = new Map<string, UnitCounts & { a: string; b: string }>();
    for (const scope of SCOPES) {
      for (const names of speech.names[scope]) {
        for (const name of names) {
          const c = slogans.get(name) ?? zero();
          c[scope]++;
          slogans.set(name, c);
        }
        if (pairs.length === 0) continue;
        for (let i = 0; i < names.length; i++) {
          for (let j = i + 1; j < names.length; j++) {
            const key = `${names[i]}\u0000${names[j]}`;
            const c = pairCounts.get(key) ?? { a: names[i]!, b: names[j]!, ...zero() };
            c[scope]++;
            pairCounts.set(key, c);
          }
        }
      }
    }
    for (const slice of all) {
      const t = this.totals.get(slice) ?? { slice, ...zero() };
      t.speeches += 1;
      t.sections += speech.sections;
      t.sentences += speech.sentences;
      this.totals.set(slice, t);
      for (const [name, c] of slogans) {
        const key = sloganSliceKey(slice, name);
        const s = this.slogans.get(key) ?? { slice, name, mentions: 0, ...zero() };
        for (const scope of SCOPES) s[scope] += c[scope];
        s.mentions += speech.mentions[name] ?? 0;
        this.slogans.set(key, s);
      }
    }
    for (const slice of pairs) {
      for (const c of pairCounts.values()) {
        const key = pairSliceKey(slice, c.a, c.b);
        const p = this.pairs.get(key) ?? { slice, a: c.a, b: c.b, ...zero() };
        for (const scope of SCOPES) p[scope] += c[scope];
        this.pairs.set(key, p);
      }
    }
  }

  allTotals(): SliceTotals[] {
    return [...this.totals.values()];
  }

  /** Slogans held by some speech of the slice. */
  allSlogans(): SloganSliceCounts[] {
    return [...this.slogans.values()].filter((s) => s.speeches > 0);
  }

  /** Pairs held by some speech of the slice (a pair's slice is deleted when its speech count drops to 0). */
  allPairs(): PairSliceCounts[] {
    return [...this.pairs.values()].filter((p) => p.speeches > 0);
  }
}
