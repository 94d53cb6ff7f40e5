// The derived co-occurrence data of a bulk import, counted in memory while the speeches stream
// past: exactly what cypher/analytics/cooccursDelta.cypher adds for each speech written by
// `tifa ingest`, so an imported graph needs no rebuild. Units per scope: the speech (SPEECH), a
// top-level section with everything under it (SECTION), a sentence index of the speech-level
// slogan mentions (SENTENCE). Also each slogan's mentions (Slogan.mentionCount).
import { provinceOf, speechSlices } from '../time/slices.js';

/** Unit counts of one slogan (Slogan.speechCount / sectionCount / sentenceCount). */
export interface UnitCounts {
  speeches: number;
  sections: number;
  sentences: number;
}

/** One CO_OCCURS relationship: a < b in Cypher's string order, with the units holding both. */
export interface PairCounts extends UnitCounts {
  a: string;
  b: string;
}

/**
 * Cypher compares strings by code point; JavaScript's `<` by UTF-16 unit, which differs only when
 * a character beyond the BMP meets one in U+E000–U+FFFF. Compared the Cypher way so that every
 * pair points the way the deltas would point it.
 */
export function cypherLess(a: string, b: string): boolean {
  if (!/[\uD800-\uDFFF]/.test(a + b)) return a < b;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d < 0;
  }
  return x.length < y.length;
}

type Scope = keyof UnitCounts;

/**
 * What the tally reads of one speech's rows (the write path's SpeechRows has it): its sections with
 * their parents, and each slogan with the sections and sentences it is mentioned in.
 */
export interface TallyRows {
  speech: { sentenceCount: Countable; date: string | null; level: string | null };
  sections: ReadonlyArray<{ id: string; parent: string | null }>;
  slogans: ReadonlyArray<{ name: string; count: Countable; sections: ReadonlyArray<{ section: string }>; sentences: readonly number[] }>;
  meetings: ReadonlyArray<{ key: string }>;
  terms: ReadonlyArray<{ name: string; count: Countable; weight: number }>;
  /** The speech's place and every place it lies in, nearest first (its province is the slices' place). */
  places: ReadonlyArray<{ code: string; level: string }>;
}

type Countable = { toNumber(): number } | number;
const num = (n: Countable): number => (typeof n === 'number' ? n : n.toNumber());

/**
 * A TF-IDF weight as the whole millionths Term.weightTotal sums: integers add up exactly in any
 * order, so a total kept by every write equals one counted afresh (Cypher: round(w * 1000000)).
 */
export const weightMillionths = (weight: number): number => Math.round(weight * 1_000_000);

/**
 * A speech's share of the totals the root lists order by (cypher/analytics/listTotalsAdd.cypher):
 * Meeting.speechCount (speeches mentioning it), Term.mentionCount and Term.weightTotal (its
 * speech-level mentions' counts and weights), Place.speechCount (speeches from it or inside it).
 */
export interface SpeechListTotals {
  meetings: string[];
  terms: Array<{ name: string; mentions: number; weight: number }>;
  places: string[];
}

/** The slogan names of each unit of one speech, per scope. */
export function speechUnits(rows: TallyRows): Record<Scope, Array<Set<string>>> {
  // A section's unit is its top-level ancestor (parent null: owned by the speech itself).
  const parentOf = new Map(rows.sections.map((s) => [s.id, s.parent]));
  const topOf = (id: string): string => {
    let at = id;
    for (let parent = parentOf.get(at); parent !== null && parent !== undefined; parent = parentOf.get(at)) at = parent;
    return at;
  };
  const sections = new Map<string, Set<string>>();
  for (const s of rows.sections) if (s.parent === null) sections.set(s.id, new Set());
  const sentences = new Map<number, Set<string>>();
  for (const slogan of rows.slogans) {
    for (const m of slogan.sections) sections.get(topOf(m.section))?.add(slogan.name);
    for (const i of slogan.sentences) {
      const unit = sentences.get(i) ?? new Set<string>();
      unit.add(slogan.name);
      sentences.set(i, unit);
    }
  }
  return {
    speeches: [new Set(rows.slogans.map((s) => s.name))],
    sections: [...sections.values()],
    sentences: [...sentences.values()],
  };
}

/** One speech's part of the tally: its unit totals, and the slogan names of each unit in Cypher's order. */
export interface SpeechTallyUnits {
  /** Top-level sections (SECTION units). */
  sections: number;
  sentences: number;
  names: Record<Scope, string[][]>;
  /** Mentions of each slogan in the speech (its share of Slogan.mentionCount). */
  mentions: Record<string, number>;
  lists: SpeechListTotals;
  /** The slices it is counted in (src/graph/time/slices.ts). */
  slices: { all: string[]; pairs: string[] };
}

const cypherOrder = (a: string, b: string): number => (cypherLess(a, b) ? -1 : cypherLess(b, a) ? 1 : 0);

/** The tally units of one speech (pure: built on the extraction worker during `tifa import`). */
export function speechTallyUnits(rows: TallyRows): SpeechTallyUnits {
  const units = speechUnits(rows);
  const sorted = (scope: Scope): string[][] => units[scope].map((unit) => [...unit].sort(cypherOrder));
  return {
    sections: rows.sections.filter((s) => s.parent === null).length,
    sentences: num(rows.speech.sentenceCount),
    names: { speeches: sorted('speeches'), sections: sorted('sections'), sentences: sorted('sentences') },
    mentions: Object.fromEntries(rows.slogans.map((s) => [s.name, num(s.count)])),
    lists: {
      meetings: rows.meetings.map((m) => m.key),
      terms: rows.terms.map((t) => ({ name: t.name, mentions: num(t.count), weight: weightMillionths(t.weight ?? 0) })),
      places: rows.places.map((p) => p.code),
    },
    slices: speechSlices({ date: rows.speech.date, level: rows.speech.level, province: provinceOf(rows.places) }),
  };
}

/** Counts units, slogan unit counts and pairs over the speeches it is given, as the deltas would. */
export class CooccurrenceTally {
  /** Units per scope (the CooccurrenceState marker's speeches / sections / sentences). */
  readonly totals: UnitCounts = { speeches: 0, sections: 0, sentences: 0 };
  private readonly slogans = new Map<string, UnitCounts>();
  private readonly pairs = new Map<string, PairCounts>();
  private readonly mentions = new Map<string, number>();
  /** Sums of the speeches' list totals, keyed by meeting key, term name, place code. */
  readonly lists = { meetings: new Map<string, number>(), terms: new Map<string, { mentions: number; weight: number }>(), places: new Map<string, number>() };

  add(rows: TallyRows): void {
    this.addUnits(speechTallyUnits(rows));
  }

  addUnits(speech: SpeechTallyUnits): void {
    this.totals.speeches += 1;
    this.totals.sections += speech.sections;
    this.totals.sentences += speech.sentences;
    for (const [name, n] of Object.entries(speech.mentions)) this.mentions.set(name, (this.mentions.get(name) ?? 0) + n);
    for (const key of speech.lists.meetings) this.lists.meetings.set(key, (this.lists.meetings.get(key) ?? 0) + 1);
    for (const code of speech.lists.places) this.lists.places.set(code, (this.lists.places.get(code) ?? 0) + 1);
    for (const t of speech.lists.terms) {
      const sum = this.lists.terms.get(t.name) ?? { mentions: 0, weight: 0 };
      this.lists.terms.set(t.name, { mentions: sum.mentions + t.mentions, weight: sum.weight + t.weight });
    }
    for (const scope of ['speeches', 'sections', 'sentences'] as const) {
      for (const names of speech.names[scope]) {
        for (const name of names) this.unitCounts(name)[scope]++;
        for (let i = 0; i < names.length; i++) {
          for (let j = i + 1; j < names.length; j++) this.pair(names[i]!, names[j]!)[scope]++;
        }
      }
    }
  }

  /** The unit counts of a slogan (zeros for one no unit holds). */
  countsOf(name: string): UnitCounts {
    return this.slogans.get(name) ?? { speeches: 0, sections: 0, sentences: 0 };
  }

  /** Mentions of a slogan over the speeches added (Slogan.mentionCount). */
  mentionsOf(name: string): number {
    return this.mentions.get(name) ?? 0;
  }

  /** Every slogan some unit holds, with its unit counts and mentions. */
  allSlogans(): Array<UnitCounts & { name: string; mentions: number }> {
    return [...this.slogans.entries()].map(([name, counts]) => ({ name, ...counts, mentions: this.mentionsOf(name) }));
  }

  /** The list totals as listTotalsAdd.cypher takes them. */
  allListTotals(): { meetings: Array<{ key: string; speeches: number }>; terms: Array<{ name: string; mentions: number; weight: number }>; places: Array<{ code: string; speeches: number }> } {
    return {
      meetings: [...this.lists.meetings].map(([key, speeches]) => ({ key, speeches })),
      terms: [...this.lists.terms].map(([name, t]) => ({ name, ...t })),
      places: [...this.lists.places].map(([code, speeches]) => ({ code, speeches })),
    };
  }

  /** Every pair held by at least one speech (the deltas delete a pair whose speech count drops to 0). */
  allPairs(): PairCounts[] {
    return [...this.pairs.values()].filter((p) => p.speeches > 0);
  }

  private unitCounts(name: string): UnitCounts {
    let counts = this.slogans.get(name);
    if (counts === undefined) this.slogans.set(name, (counts = { speeches: 0, sections: 0, sentences: 0 }));
    return counts;
  }

  private pair(a: string, b: string): PairCounts {
    const key = `${a}\u0000${b}`;
    let counts = this.pairs.get(key);
    if (counts === undefined) this.pairs.set(key, (counts = { a, b, speeches: 0, sections: 0, sentences: 0 }));
    return counts;
  }
}
