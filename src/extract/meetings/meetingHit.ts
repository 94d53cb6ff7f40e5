import lexicon from '../lexicon/meetings.json' with { type: 'json' };
import type { AdminLevel, TextRange } from '../types.js';
import { parseNumeral } from '../text/numerals.js';

// What the numbered and the named meeting rules share: the hit they produce, the place written
// before a local organ, and the canonical spelling of a name.

/** One meeting mention before grouping. */
export interface Hit extends TextRange {
  name: string;
  level: AdminLevel | null;
  congress: number | null;
  session: number | null;
  /** Identity apart from anonymisation and place: level, organ, numbers and kind, or the normalised name. */
  identity: string;
  /** Whose organ: true for a provincial/city/county/district organ (省委, 市政府, 县…党代会). */
  local: boolean;
  /** The place written before a local organ (江西 in 江西省委…), or null. */
  place: string | null;
}

/** Verbs and particles that cannot be inside a meeting name (lexicon `stops`), longest first. */
export const STOPS = [...lexicon.stops].sort((a, b) => b.length - a.length);
/** The organ convening a meeting, written right before 召开/举行. */
export const ORGAN_BEFORE_VERB = /(中央|国务院|省委|省政府|市委|市政府|县委|县政府|区委|区政府)(?:决定)?(?:召开|举行)了?$/;
const HAN_OR_PLACEHOLDER = /^[\u4e00-\u9fff×XＸ]+$/;
// A place name never ends like a time word (今年, 年初, 近期, 会后) nor with an organ character.
const NOT_PLACE_END = /[年月日天初底前后期间时省市县区委会届次]$/;
const PLACE_BOUNDARY = ['中共', '中国共产党', '党的', ...STOPS, ...lexicon.placeVerbs];
const PLACE_PARTICLES = new Set([...lexicon.placeParticles]);

/**
 * The place name written right before a local organ at `at` (江西 in 学习江西省委…, 南昌 in
 * 中共南昌市委…), or null: two or three characters (placeholders allowed) that begin at a clause
 * boundary, the range start, 中共, or a verb or particle that cannot be part of a meeting name,
 * and neither start with such a particle nor end like a time word or an organ.
 * Shorter candidates win, so 和江西省委 reads 江西.
 */
export function placeBefore(text: string, at: number, lower: number): string | null {
  for (const len of [2, 3]) {
    const s = at - len;
    if (s < lower) break;
    const cand = text.slice(s, at);
    if (!HAN_OR_PLACEHOLDER.test(cand) || cand.startsWith('全') || NOT_PLACE_END.test(cand)) continue;
    if (PLACE_PARTICLES.has(cand[0]!) || PLACE_BOUNDARY.some((w) => cand.endsWith(w) || cand.startsWith(w))) continue;
    const head = text.slice(Math.max(lower, s - 5), s);
    const prev = text[s - 1] ?? '';
    if (s === lower || !HAN_OR_PLACEHOLDER.test(prev) || PLACE_PARTICLES.has(prev) || PLACE_BOUNDARY.some((w) => head.endsWith(w))) {
      return cand;
    }
  }
  return null;
}

/** Canonical spelling of a meeting name: quotes and brackets unified, spaces and 第/党的 prefixes removed. */
export function normaliseMeetingName(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/["＂]/g, '“')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(党的|中国共产党|中共)/, '')
    .replace(/[XＸ*＊]/g, '×');
}

export function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumeral(s);
}
