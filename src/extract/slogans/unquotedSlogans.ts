import type { SloganKind, TextRange } from '../types.js';
import type { SloganLexicon } from './sloganLexicon.js';
import type { SloganHit } from './quotedSlogans.js';
import { sloganKey } from './normaliseSlogan.js';

/** A spelling to look for unquoted, with the canonical name and kind it maps to. */
export interface KnownForm {
  form: string;
  name: string;
  kind: SloganKind;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A separator written between parts may be any of 、，, or none at all.
const formPattern = (form: string): string =>
  [...form].map((c) => (/[、，,；;]/.test(c) ? '[、，,；;]?' : escapeRe(c))).join('');

/** Marks [start, end) relative to `base` in `mask`. */
export function markRange(mask: Uint8Array, base: number, r: TextRange): void {
  mask.fill(1, Math.max(0, r.start - base), Math.max(0, r.end - base));
}

function isFree(mask: Uint8Array, base: number, start: number, end: number): boolean {
  for (let i = start - base; i < end - base; i++) if (mask[i]) return false;
  return true;
}

/**
 * Finds known slogans (lexicon or quoted elsewhere in the text) where they are written without
 * quotes. Positions already set in `mask` are skipped. Two-character names must be followed by a
 * word that usually follows a formula (工作, 任务, 、 …), since 三农 or 两山 also occur by chance.
 */
export function knownSlogans(
  text: string,
  body: TextRange,
  forms: KnownForm[],
  lex: SloganLexicon,
  mask: Uint8Array,
): SloganHit[] {
  if (forms.length === 0) return [];
  const byKey = new Map<string, KnownForm>();
  for (const f of forms) if (!byKey.has(sloganKey(f.form))) byKey.set(sloganKey(f.form), f);
  const sorted = [...byKey.values()].sort((a, b) => b.form.length - a.form.length);
  const re = new RegExp(sorted.map((f) => formPattern(f.form)).join('|'), 'g');
  re.lastIndex = body.start;
  const hits: SloganHit[] = [];
  for (let m = re.exec(text); m && m.index + m[0].length <= body.end; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const known = byKey.get(sloganKey(m[0]));
    if (!known || !isFree(mask, body.start, start, end)) continue;
    if (start > body.start && lex.numerals.has(text[start - 1]!)) continue;
    if (known.form.length === 2) {
      const next = text[end] ?? '';
      if (!lex.formulaTail.has(next) && !lex.numerals.has(next)) continue;
    }
    hits.push({ name: known.name, kind: known.kind, start, end });
  }
  return hits;
}

const shapeCache = new WeakMap<SloganLexicon, { heads: RegExp; single: RegExp; idioms: RegExp }>();

function shapeRegexes(lex: SloganLexicon): { heads: RegExp; single: RegExp; idioms: RegExp } {
  const hit = shapeCache.get(lex);
  if (hit) return hit;
  const numerals = escapeRe([...lex.numerals].join(''));
  const counts = '两二三四五六七八九十';
  const tail = escapeRe([...lex.formulaTail].join(''));
  const built = {
    // numeral + 个 + abstract head: 五个坚持, 两个确立.
    heads: new RegExp(`(?<![${numerals}第])[${counts}]+个(?:${lex.formulaHeads.map(escapeRe).join('|')})`, 'g'),
    // numeral + one policy character, closed by a formula's usual follower: 六稳工作, 五提行动.
    single: new RegExp(`(?<![${numerals}第不])[${counts}]+[${escapeRe(lex.policyChars)}](?=[${tail}${counts}])`, 'g'),
    idioms: new RegExp([...lex.numeralIdioms].map(escapeRe).join('|'), 'g'),
  };
  shapeCache.set(lex, built);
  return built;
}

/** Finds unquoted numbered formulas by shape (numeral + 个 + abstract head; numeral + policy character). */
export function shapedSlogans(text: string, body: TextRange, lex: SloganLexicon, mask: Uint8Array): SloganHit[] {
  const { heads, single, idioms } = shapeRegexes(lex);
  // Numeral idioms (四平八稳) are masked so their inner characters never read as formulas.
  idioms.lastIndex = body.start;
  for (let m = idioms.exec(text); m && m.index < body.end; m = idioms.exec(text)) {
    markRange(mask, body.start, { start: m.index, end: m.index + m[0].length });
  }
  const hits: SloganHit[] = [];
  for (const re of [heads, single]) {
    re.lastIndex = body.start;
    for (let m = re.exec(text); m && m.index + m[0].length <= body.end; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isFree(mask, body.start, start, end)) hits.push({ name: m[0], kind: 'NUMBERED', start, end });
    }
  }
  return hits;
}
