import { normaliseMeetingName } from '../meetings/meetings.js';
import type { ExtractedSpeech } from '../types.js';

/** One hand-annotated speech as stored in ../shared/gold (only the fields the score uses). */
export interface GoldSpeech {
  file: string;
  title: string;
  venue: string | null;
  numbered_slogans: string[];
  not_slogans: string[];
  meetings: string[];
  anonymized_meetings: string[];
  sections: Array<{ level: number; marker: string; heading: string }>;
  catchphrases: string[];
  /** Harder cases, `{as written: canonical}`: not required, but not unexpected either. */
  bonus_slogans: Record<string, string>;
  /** `{variant: canonical}` where the text writes a slogan differently. */
  variants: Record<string, string>;
  persons: string[];
  documents: string[];
  /** Optional: the speech's administrative level, when the annotation states it. */
  level?: string | null;
  /** Optional: the text's genre (speech, work_report, …), when the annotation states it. */
  genre?: string | null;
  /** Optional: the speech's ISO date (YYYY, YYYY-MM or YYYY-MM-DD), when the annotation states it. */
  date?: string | null;
}

/** Recall of one category: how many gold items were found, and which were missed. */
export interface Recall {
  expected: number;
  found: number;
  missed: string[];
}

/** The score of one speech against its gold annotation. */
export interface SpeechScore {
  file: string;
  /** The annotated genre, or null: tables give a subtotal per genre (the targets differ by genre). */
  genre: string | null;
  slogans: Recall;
  meetings: Recall;
  sections: Recall;
  /** Line-initial sections found that match no gold heading (level|marker|heading), in document order. */
  extraSections: string[];
  persons: Recall;
  titleRight: boolean;
  title: { gold: string; found: string };
  venueRight: boolean;
  /** Level equal to the annotation's, or null when the annotation does not state one. */
  levelRight: boolean | null;
  /** Date equal to the annotation's, or null when the annotation does not state one. */
  dateRight: boolean | null;
  /** Found slogans whose name or a variant is listed in `not_slogans`. */
  notSloganHits: string[];
  /** Found slogans the annotation does not expect: neither a numbered slogan, a catchphrase, a bonus, a variant nor a part of one. */
  unexpected: string[];
}

const strip = (s: string): string => s.replace(/[“”"‘’'「」『』\s\u3000]/g, '');

function recall(gold: string[], isFound: (g: string) => boolean): Recall {
  const missed = gold.filter((g) => !isFound(g));
  return { expected: gold.length, found: gold.length - missed.length, missed };
}

/** Validates parsed JSON as a gold annotation; throws an Error naming the first bad field. */
export function parseGold(json: unknown, file: string): GoldSpeech {
  const g = json as Partial<GoldSpeech> | null;
  const arrays = ['numbered_slogans', 'not_slogans', 'meetings', 'sections'] as const;
  const optionalArrays = ['catchphrases', 'persons', 'documents', 'anonymized_meetings'] as const;
  const optionalMaps = ['bonus_slogans', 'variants'] as const;
  if (!g || typeof g !== 'object' || typeof g.file !== 'string' || typeof g.title !== 'string') {
    throw new Error(`${file}: gold annotation needs "file" and "title" strings`);
  }
  for (const k of arrays) if (!Array.isArray(g[k])) throw new Error(`${file}: gold field "${k}" must be an array`);
  for (const k of optionalArrays) if (g[k] !== undefined && !Array.isArray(g[k])) throw new Error(`${file}: gold field "${k}" must be an array`);
  for (const k of optionalMaps) {
    const v = g[k];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) throw new Error(`${file}: gold field "${k}" must be an object`);
  }
  return { anonymized_meetings: [], venue: null, catchphrases: [], bonus_slogans: {}, variants: {}, persons: [], documents: [], ...g } as GoldSpeech;
}

/**
 * Scores an extraction against gold: recall of numbered slogans (by canonical name), meetings
 * (gold meetings + anonymised ones, by normalised name; a found name may add an organ in front),
 * line-initial sections (level + marker + heading, each found section used once; the found ones
 * left over are extra), title equality,
 * persons (by name), not_slogans tagged, found slogans the annotation does not expect at all, and
 * level and date where the annotation states them.
 */
export function scoreSpeech(gold: GoldSpeech, speech: ExtractedSpeech): SpeechScore {
  const sloganNames = new Set(speech.slogans.map((s) => strip(s.name)));
  const meetingNames = speech.meetings.map((m) => normaliseMeetingName(m.name));
  const lineSections = speech.sections.filter((s) => !s.inline).map((s) => `${s.level}|${s.marker}|${s.heading}`);
  const unused = new Map<string, number>();
  for (const k of lineSections) unused.set(k, (unused.get(k) ?? 0) + 1);
  const notSlogans = new Set(gold.not_slogans.map(strip));
  const notSloganHits = speech.slogans
    .filter((s) => [s.name, ...s.variants].some((n) => notSlogans.has(strip(n))))
    .map((s) => s.name);
  const expectedNames = [...gold.numbered_slogans, ...gold.catchphrases, ...Object.entries(gold.bonus_slogans).flat(), ...Object.entries(gold.variants).flat()];
  // A part of an expected compound (四化同步 of 四化同步、城乡融合、五区共兴) is a split compound, already
  // a miss of the whole in recall, not a false slogan.
  const expectedSlogans = new Set([...expectedNames, ...expectedNames.flatMap((n) => n.split(/[、，,；]/))].map(strip));
  const unexpected = speech.slogans.filter((s) => ![s.name, ...s.variants].some((n) => expectedSlogans.has(strip(n)))).map((s) => s.name);
  const personNames = new Set(speech.persons.map((p) => strip(p.name)));
  const sections = recall(
    gold.sections.map((s) => `${s.level}|${s.marker}|${s.heading}`),
    (k) => {
      const left = unused.get(k) ?? 0;
      if (left === 0) return false;
      unused.set(k, left - 1);
      return true;
    },
  );
  // Whatever line-initial section no gold heading used: appendix items, enumerations taken for headings.
  const extraSections = lineSections.filter((k) => {
    const left = unused.get(k) ?? 0;
    if (left > 0) unused.set(k, left - 1);
    return left > 0;
  });
  return {
    file: gold.file,
    genre: typeof gold.genre === 'string' ? gold.genre : null,
    slogans: recall(gold.numbered_slogans, (g) => sloganNames.has(strip(g))),
    meetings: recall([...gold.meetings, ...gold.anonymized_meetings], (g) => {
      const n = normaliseMeetingName(g);
      return meetingNames.some((m) => m === n || m.endsWith(n));
    }),
    sections,
    extraSections,
    persons: recall(gold.persons, (g) => personNames.has(strip(g))),
    titleRight: strip(gold.title) === strip(speech.title),
    title: { gold: gold.title, found: speech.title },
    levelRight: gold.level === undefined ? null : gold.level === speech.level,
    dateRight: gold.date === undefined ? null : gold.date === speech.date,
    venueRight: (gold.venue === null ? null : strip(gold.venue)) === (speech.venue === null ? null : strip(speech.venue)),
    notSloganHits,
    unexpected,
  };
}

/** Sums recalls over speeches (micro average): found / expected, 1 when nothing was expected. */
export function overall(scores: SpeechScore[], pick: (s: SpeechScore) => Recall): Recall & { ratio: number } {
  const expected = scores.reduce((n, s) => n + pick(s).expected, 0);
  const found = scores.reduce((n, s) => n + pick(s).found, 0);
  return { expected, found, missed: scores.flatMap((s) => pick(s).missed), ratio: expected === 0 ? 1 : found / expected };
}
