import { CN_NUMERAL, parseCircled, parseNumeral, parseParenthesized } from '../text/numerals.js';

/** Kinds of enumeration marker; nesting depth is decided per document by their order of appearance. */
export type MarkerFamily =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一)
  | 'di' // 第一， 第一是
  | 'shi' // 一是
  | 'yao' // 一要
  | 'ar-dot' // 1. 1．
  | 'ar-dun' // 1、
  | 'ar-paren' // (1) （1）
  | 'circled' // ①
  | 'paren-num' // ⑴
  | `verb:${string}`; // 一抓 二抓 …: numeral + one verb, the same verb in every item

/** A marker found at some offset: its family, ordinal and the marker text as written. */
export interface MarkerMatch {
  family: MarkerFamily;
  ordinal: number;
  /** The marker as written, e.g. 一、 （一） 第一， 一是 1. ① */
  marker: string;
  /** Offset of the marker's first character. */
  start: number;
  /** Offset just after the marker (where the heading text begins). */
  end: number;
}

const N = `[${CN_NUMERAL}]{1,3}`;
// After a numeral these make a quantity, a date or another family's marker, never a verb list.
const NOT_VERB = '是要千万亿年月日天季周次个批届期名位项条大种类点些层级倍成把张支只份件座台辆';
// Each pattern is anchored at the marker position; traps are excluded by lookaheads:
// 一是一、二是二 (a numeral repeated after 是), 第一方阵/第一书记/第一要务 (第N not followed by a
// separator or 是), 2.3% (a digit or percent after the dot), 三要素 and similar compounds.
const PATTERNS: ReadonlyArray<{ family: MarkerFamily | 'verb'; re: RegExp }> = [
  { family: 'cn-paren', re: new RegExp(`[（(](${N})[）)]`, 'y') },
  // (1) （1）, and the half-bracketed 1） 1) that sloppier texts use for the same level.
  { family: 'ar-paren', re: /[（(]?(\d{1,2})[）)]/y },
  { family: 'circled', re: /([\u2460-\u2473])/y },
  { family: 'paren-num', re: /([\u2474-\u2487])/y },
  { family: 'di', re: new RegExp(`第(${N})(?:[，,、：:．]|是(?![${CN_NUMERAL}]))`, 'y') },
  // 一、 一． and the ASCII 一. of sloppier texts (a Chinese numeral never starts a decimal).
  { family: 'cn-dun', re: new RegExp(`(${N})[、．.](?![${CN_NUMERAL}]是)`, 'y') },
  { family: 'shi', re: new RegExp(`(${N})是(?!\\1|[、，,。否])`, 'y') },
  { family: 'yao', re: new RegExp(`(${N})要(?!\\1|[素件点求务、，,。])`, 'y') },
  { family: 'ar-dot', re: /(\d{1,2})[.．](?![\d%％.．])/y },
  { family: 'ar-dun', re: /(\d{1,2})、/y },
  // Last resort: numeral + one character (一抓…二抓…); a verb list counts only as a run (see sections).
  { family: 'verb', re: new RegExp(`(${N})([^${CN_NUMERAL}${NOT_VERB}\\s\\d\\p{P}])`, 'yu') },
];

/** True for families of a verb list (一抓 二抓 …). */
export const isVerbFamily = (family: MarkerFamily): boolean => family.startsWith('verb:');

/** The marker starting exactly at `pos` in `text` and ending before `limit` with text after it, or null. */
export function markerAt(
  text: string,
  pos: number,
  families?: ReadonlySet<MarkerFamily>,
  limit = text.length,
): MarkerMatch | null {
  for (const { family, re } of PATTERNS) {
    if (families && (family === 'verb' || !families.has(family))) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const named: MarkerFamily = family === 'verb' ? `verb:${m[2]}` : family;
    const digits = m[1] ?? '';
    const ordinal =
      family === 'circled' ? parseCircled(digits) : family === 'paren-num' ? parseParenthesized(digits) : parseNumeral(digits);
    if (ordinal === null || ordinal < 1 || ordinal > 50) continue;
    // A line that is only a marker-shaped number followed by nothing is not a heading.
    if (pos + m[0].length >= limit) continue;
    return { family: named, ordinal, marker: m[0], start: pos, end: pos + m[0].length };
  }
  return null;
}

/** Families that also enumerate inside a paragraph (一是…二是…, 一要…二要…, 第一，…第二，…, ①…②…). */
export const INLINE_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['shi', 'yao', 'di', 'circled']);

const INLINE_BOUNDARY = /[。；;：:，,！？!?\s\u3000）)”]/;
// Cheap pre-filter for inline marker positions; markerAt then applies the full rules and traps.
const INLINE_CANDIDATE = new RegExp(`(?<![${CN_NUMERAL}])[${CN_NUMERAL}]{1,3}[是要]|第[${CN_NUMERAL}]{1,3}[，,、：:．是]|[\\u2460-\\u2473]`, 'g');

/**
 * Inline enumerations inside [start, end): runs of markers of one family numbered 1, 2, 3… in
 * order, each after a clause boundary, with at least two items. Returned in text order.
 */
export function findInlineMarkers(text: string, start: number, end: number): MarkerMatch[] {
  const candidates: MarkerMatch[] = [];
  for (const hit of text.slice(start, end).matchAll(INLINE_CANDIDATE)) {
    const p = start + (hit.index ?? 0);
    const circled = parseCircled(hit[0]) !== null;
    if (p > start && !circled && !INLINE_BOUNDARY.test(text[p - 1] ?? '')) continue;
    const m = markerAt(text, p, INLINE_FAMILIES, end);
    if (m) candidates.push(m);
  }
  const out: MarkerMatch[] = [];
  const byFamily = new Map<MarkerFamily, MarkerMatch[]>();
  for (const m of candidates) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
  for (const list of byFamily.values()) {
    let run: MarkerMatch[] = [];
    const flush = (): void => {
      if (run.length >= 2) out.push(...run);
      run = [];
    };
    for (const m of list) {
      const last = run[run.length - 1];
      if (last && m.ordinal === last.ordinal + 1) run.push(m);
      else if (m.ordinal === 1) {
        flush();
        run.push(m);
      }
    }
    flush();
  }
  return out.sort((a, b) => a.start - b.start);
}
