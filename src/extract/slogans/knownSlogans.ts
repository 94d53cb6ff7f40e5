import type { SloganKind } from '../types.js';
import { escapeRe } from '../text/escapeRe.js';
import type { SloganContext } from './sloganContext.js';
import { sloganKey } from './normaliseSlogan.js';

/** A spelling to look for unquoted, with the canonical name and kind it maps to. */
export interface KnownForm {
  form: string;
  name: string;
  kind: SloganKind;
}

const DIGIT_NEIGHBOUR = /[0-9０-９A-Za-z.．%％+＋·]/;

// A separator written between parts may be any of 、，, or none at all.
const makePattern = (form: string): string => [...form].map((c) => (/[、，,；;]/.test(c) ? '[、，,；;]?' : escapeRe(c))).join('');
// The lexicon's forms come back in every speech, so their patterns are remembered (emptied when full).
const patterns = new Map<string, string>();
const PATTERNS_LIMIT = 10_000;
function formPattern(form: string): string {
  let pattern = patterns.get(form);
  if (pattern === undefined) {
    pattern = makePattern(form);
    if (patterns.size >= PATTERNS_LIMIT) patterns.clear();
    patterns.set(form, pattern);
  }
  return pattern;
}

/** The forms to look for: the lexicon's names and variants, then what earlier finders found quoted, as written. */
function knownForms({ text, lex, hits }: SloganContext): KnownForm[] {
  const forms: KnownForm[] = [];
  for (const f of lex.formulas) {
    if (f.quotedOnly) continue;
    for (const form of [f.name, ...f.variants]) forms.push({ form, name: f.name, kind: f.kind });
  }
  for (const h of hits) forms.push({ form: text.slice(h.start, h.end), name: h.name, kind: h.kind });
  return forms;
}

/**
 * Finds known slogans (lexicon or quoted elsewhere in the text) where they are written without
 * quotes. Taken positions are skipped. Two-character names must be followed by a word that
 * usually follows a formula (工作, 任务, 、 …), since 三农 or 两山 also occur by chance.
 */
export function knownSlogans(context: SloganContext): void {
  const { text, body, lex, isFree, report } = context;
  const forms = knownForms(context);
  if (forms.length === 0) return;
  const byKey = new Map<string, KnownForm>();
  for (const f of forms) {
    const key = sloganKey(f.form);
    if (!byKey.has(key)) byKey.set(key, f);
  }
  const sorted = [...byKey.values()].sort((a, b) => b.form.length - a.form.length);
  const re = new RegExp(sorted.map((f) => formPattern(f.form)).join('|'), 'g');
  re.lastIndex = body.start;
  for (let m = re.exec(text); m && m.index + m[0].length <= body.end; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const known = byKey.get(sloganKey(m[0]));
    if (!known || !isFree(start, end)) continue;
    if (start > body.start && lex.numerals.has(text[start - 1]!)) continue;
    // A digit code is never part of a longer number or code (132 in 1320亿元).
    if (known.kind === 'CODED' && (DIGIT_NEIGHBOUR.test(text[start - 1] ?? '') || DIGIT_NEIGHBOUR.test(text[end] ?? ''))) continue;
    if (known.form.length === 2) {
      const next = text[end] ?? '';
      if (!lex.formulaTail.has(next) && !lex.numerals.has(next)) continue;
    }
    report({ name: known.name, kind: known.kind, start, end });
  }
}

