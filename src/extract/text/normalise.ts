import { composeMaps, Rewriter, type OffsetMap } from './offsetMap.js';
import { toSimplified } from './simplified.js';

/** A text as every rule reads it, with the map from its offsets back to the original's. */
export interface NormalisedText {
  text: string;
  /** null when every offset is the original's (no change, or same-length replacements only). */
  map: OffsetMap | null;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const LONG_DASH = '\\u2014\\u2015\\u2e3a\\u2e3b\\u2500\\u2501\\ufe58';
const SHORT_DASH = '\\-\\u2010-\\u2013\\u2212\\ufe63\\uff0d';
// One alternation per kind of variant; `kindOf` names the group that matched.
const VARIANTS = new RegExp(
  [
    // A footnote marker a scrape put on lines of its own ([ / 1 / ]) splits the sentence around it.
    '(?<footnote>\\r?\\n[ \\t\\u3000]*[\\[［][ \\t]*\\r?\\n[ \\t]*\\d{1,3}[ \\t]*\\r?\\n[ \\t]*[\\]］][ \\t]*\\r?\\n)',
    '(?<eol>\\r\\n?|[\\u2028\\u2029\\u0085])',
    '(?<invisible>[\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff\\u00ad\\u180e])',
    '(?<space>[\\u00a0\\u2000-\\u200a\\u202f\\u205f])',
    // A dash run of two or more (——, ――, ----, --, ──), or one dash opening a line before its text (—在…会议上).
    `(?<dash>[${LONG_DASH}]{2,}|[${SHORT_DASH}]{2,}|(?<=^[ \\t\\u3000]*)[${LONG_DASH}${SHORT_DASH}](?=[${CJK}\\d（(]))`,
    '(?<oneDash>[\\u2015\\ufe58])',
    // Full-width digits and letters, compatibility and radical forms of ideographs, small and vertical punctuation.
    '(?<compat>[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uf900-\\ufaff\\u2f00-\\u2fdf\\u2e80-\\u2eff\\ufe10-\\ufe19\\ufe30-\\ufe57\\ufe59-\\ufe6b])',
  ].join('|'),
  'gm',
);
const ASCII_PUNCT: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

function replacement(m: RegExpExecArray): string {
  const g = m.groups!;
  if (g.eol !== undefined) return '\n';
  if (g.invisible !== undefined || g.footnote !== undefined) return '';
  if (g.space !== undefined) return ' ';
  if (g.dash !== undefined) return '——';
  if (g.oneDash !== undefined) return '—';
  const nfkc = m[0].normalize('NFKC');
  return ASCII_PUNCT[nfkc] ?? nfkc;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `text` with the edits (in order, not overlapping) made; no map when there are none. */
function applyEdits(text: string, edits: readonly Edit[]): NormalisedText {
  if (edits.length === 0) return { text, map: null };
  const w = new Rewriter(text);
  let at = 0;
  for (const e of edits) {
    w.keep(at, e.start);
    w.put(e.start, e.end, e.text);
    at = e.end;
  }
  w.keep(at, text.length);
  return w.result();
}

/** Line ends, invisible characters, odd spaces, dash variants and compatibility forms. */
function unifyCharacters(text: string): NormalisedText {
  const edits: Edit[] = [];
  VARIANTS.lastIndex = 0;
  for (let m = VARIANTS.exec(text); m !== null; m = VARIANTS.exec(text)) {
    const r = replacement(m);
    if (r !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: r });
  }
  return applyEdits(text, edits);
}

// Three or more single characters each set apart by spaces (政 府 工 作 报 告, 习　近　平, 艾 尔 肯 · 吐 尼 亚 孜).
const LETTER_SPACED = new RegExp(`(?<![${CJK}·•・])[${CJK}·•・](?:[ \\t\\u3000]{1,3}[${CJK}·•・]){2,}(?![${CJK}·•・])`, 'g');
const SPACES = /[ \t\u3000]+/g;
const SHORT_LINE = 40;

/** Letter spacing removed inside short lines (titles, bylines, names); prose keeps its spaces. */
function closeLetterSpacing(text: string): NormalisedText {
  const edits: Edit[] = [];
  LETTER_SPACED.lastIndex = 0;
  for (let m = LETTER_SPACED.exec(text); m !== null; m = LETTER_SPACED.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).replace(SPACES, '').length > SHORT_LINE) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(SPACES, '') });
  }
  return applyEdits(text, edits);
}

/**
 * The one normalisation every rule reads through: line ends, footnote markers on lines of their own, invisible characters, space and dash
 * variants, full-width and compatibility forms (NFKC), letter spacing in short lines, then
 * traditional → simplified characters. `map` leads every offset of the result back to `text`.
 */
export function normaliseText(text: string): NormalisedText {
  let out: NormalisedText = { text, map: null };
  for (const step of [unifyCharacters, closeLetterSpacing, toSimplified]) {
    const next = step(out.text);
    out = { text: next.text, map: composeMaps(out.map, next.map) };
  }
  return out;
}
