import type { SloganContext, SloganHit } from './sloganContext.js';
import type { SloganLexicon } from './sloganLexicon.js';
import type { LexiconIndex } from './lexiconIndex.js';
import { classifyNumbered, numeralRunLength } from './numberedRule.js';
import { isCatchphrase, type QuoteContext } from './catchphraseRule.js';
import { isCodedFormula } from './codedRule.js';
import { completedAfterQuote, listedOrNamed, numberedAfterPrefix } from './quotedFormulaParts.js';
import { hasSeparator, normaliseSlogan, sloganKey, splitParts } from './normaliseSlogan.js';
import { isProperName } from './properNameRule.js';

// Quoted text up to 40 characters on one line, in the quote styles Chinese texts use.
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|"([^"\n]{1,40})"|‘([^‘’\n]{1,40})’/g;

/** True when parallel parts share more than half their characters position by position (多图合一、多评合一). */
function isParallel(parts: string[]): boolean {
  const len = parts[0]!.length;
  if (len < 3 || parts.some((p) => p.length !== len)) return false;
  for (let k = 1; k < parts.length; k++) {
    let same = 0;
    for (let i = 0; i < len; i++) if (parts[k]![i] === parts[0]![i]) same++;
    if (same * 2 <= len) return false;
  }
  return true;
}

/**
 * Classifies one quoted text at `start` in the source; returns the slogans it holds (maybe none).
 * A lexicon formula that is one part of an enumeration is reported on its own whatever the whole
 * quote turns out to be (“党政同责、一岗双责、齐抓共管、失职追责” holds 一岗双责); a part that is a
 * numbered formula by shape only inside a quote accepted as a catchphrase (not in 三思而后行，…).
 */
export function classifyQuoted(
  content: string,
  start: number,
  around: QuoteContext,
  lex: SloganLexicon,
  index: LexiconIndex,
): SloganHit[] {
  const lead = content.length - content.trimStart().length;
  const written = content.trim();
  const from = start + lead;
  const to = from + written.length;
  const key = sloganKey(written);
  const known = index.byKey.get(key);
  if (known) return [{ name: known.name, kind: known.kind, start: from, end: to }];
  // A lexicon formula whose last characters follow the quote (“三权”分置).
  const completed = completedAfterQuote(key, around.after, index);
  if (completed) return [{ name: completed.name, kind: completed.kind, start: from, end: to + 1 + completed.extra }];
  if (isCodedFormula(written, around, lex)) return [{ name: written, kind: 'CODED', start: from, end: to }];
  if (lex.historicalNames.includes(key) || isProperName(written, around, lex)) return [];

  if (hasSeparator(written)) {
    const parts = splitParts(written);
    const partHits = parts.map(({ part, offset }): SloganHit | null => {
      const k = index.byKey.get(part);
      if (k) return { name: k.name, kind: k.kind, start: from + offset, end: from + offset + part.length };
      if (classifyNumbered(part, lex) === 'formula') {
        return { name: part, kind: 'NUMBERED', start: from + offset, end: from + offset + part.length };
      }
      return null;
    });
    const whole: SloganHit = { name: normaliseSlogan(written), kind: 'NUMBERED', start: from, end: to };
    // An enumerated compound is split only when each part is itself a formula; three or more
    // numbered parts by shape name a layout as a whole too (一主两副、一圈两带、四域多点).
    if (parts.length > 1 && partHits.every((h) => h !== null)) {
      const byShape = partHits.every((h) => h!.kind === 'NUMBERED' && !index.byKey.has(sloganKey(h!.name)));
      return parts.length >= 3 && byShape ? [whole, ...(partHits as SloganHit[])] : (partHits as SloganHit[]);
    }
    // Numbered parts with a 多-led part (多点支撑) are one formula: 多 stands for the open count.
    const numberedParts = partHits.filter((h) => h?.kind === 'NUMBERED').length;
    if (numberedParts >= 2 && parts.every((p, i) => partHits[i] !== null || p.part.startsWith('多'))) return [whole];
    // Numbered parts joined with 一-led ones (双随机、一公开) make one formula together.
    const numbered = parts.filter((p, i) => partHits[i] !== null || (p.part.startsWith('一') && classifyNumbered(p.part, lex) === 'none'));
    if (parts.length > 1 && numbered.length === parts.length && partHits.some((h) => h?.kind === 'NUMBERED')) {
      return [{ name: normaliseSlogan(written), kind: 'NUMBERED', start: from, end: to }];
    }
    const lexiconParts = partHits.filter((h): h is SloganHit => h !== null && index.byKey.has(sloganKey(h.name)));
    if (!isCatchphrase(written, around, lex, index.names)) return lexiconParts;
    if (isParallel(parts.map((p) => p.part))) {
      return parts.map(({ part, offset }, i) => partHits[i] ?? {
        name: part,
        kind: 'CATCHPHRASE' as const,
        start: from + offset,
        end: from + offset + part.length,
      });
    }
    // Inside a policy enumeration, numbered parts by shape are formulas too (一户一档、…).
    const formulaParts = partHits.filter((h): h is SloganHit => h !== null);
    return [{ name: normaliseSlogan(written), kind: 'CATCHPHRASE', start: from, end: to }, ...formulaParts];
  }

  const verdict = classifyNumbered(written, lex);
  if (numeralRunLength(written, lex) === written.length) {
    // Bare numerals name an event before 运动 (“五四”运动) and a plan before 规划 (“九五”普法规划).
    if (lex.eventFollowers.some((w) => around.after.startsWith(w))) return [];
    const topic = around.after.slice(0, 4);
    if (lex.planFollowers.some((w) => topic.includes(w))) return [{ name: written, kind: 'NUMBERED', start: from, end: to }];
  }
  if (verdict === 'formula' || listedOrNamed(written, verdict, around, lex)) return [{ name: written, kind: 'NUMBERED', start: from, end: to }];
  if (verdict === 'quantity') return [];
  // A verb or a qualifier inside the quote before the formula (“加大五个力度”, “数字经济一号工程”).
  const prefix = numberedAfterPrefix(written, lex);
  if (prefix > 0) return [{ name: written.slice(prefix), kind: 'NUMBERED', start: from + prefix, end: to }];
  if (isCatchphrase(written, around, lex, index.names)) {
    return [{ name: written, kind: 'CATCHPHRASE', start: from, end: to }];
  }
  return [];
}

/** Finds slogans written in quotes inside the body; offsets exclude the quote marks. */
export function quotedSlogans({ text, body, lex, index, report }: SloganContext): void {
  const re = new RegExp(QUOTED.source, 'g');
  re.lastIndex = body.start;
  for (let m = re.exec(text); m && m.index + m[0].length <= body.end; m = re.exec(text)) {
    const content = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const close = m.index + m[0].length;
    const around = {
      before: text.slice(Math.max(body.start, m.index - 6), m.index),
      after: text.slice(close, Math.min(body.end, close + 8)),
    };
    for (const hit of classifyQuoted(content, m.index + 1, around, lex, index)) report(hit);
  }
}
