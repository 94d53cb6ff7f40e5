import { escapeRe } from '../text/escapeRe.js';
import { parseNumeral } from '../text/numerals.js';
import type { SloganContext } from './sloganContext.js';
import type { SloganLexicon } from './sloganLexicon.js';
import { classifyNumbered } from './numberedRule.js';

// Classifiers that count the parts of a formula written without quotes (五种意识, 三个坚决, 两项制度).
const COUNTERS = '个种项条大类张';
const HAN_RUN = /[\u3400-\u9fff]+$/;

function numberedPhrase(lex: SloganLexicon): string {
  const counts = escapeRe('两二三四五六七八九十');
  return `(?<![${escapeRe([...lex.numerals].join(''))}第])[${counts}]+[${COUNTERS}][\\u3400-\\u9fff]{2,4}`;
}

/**
 * Numbered formulas that end a line-initial heading or its first noun joined by 和/与/及 (二、强化五种意识
 * → 五种意识; 要做到三个坚决; 落实五大战略定位和使命任务 → 五大战略定位): a heading names its subject, so a
 * counted abstract head there is a formula, not a quantity.
 */
export function headingSlogans({ text, sections, lex, body, isFree, report }: SloganContext): void {
  const re = new RegExp(`${numberedPhrase(lex)}(?=[，,；;：:。和与及]|$)`, 'g');
  for (const s of sections) {
    if (s.inline || s.heading.length === 0) continue;
    const at = text.indexOf(s.heading, s.start);
    if (at < body.start || at + s.heading.length > body.end) continue;
    for (const m of s.heading.matchAll(re)) {
      const start = at + m.index;
      const end = start + m[0].length;
      if (classifyNumbered(m[0], lex) === 'formula' && isFree(start, end)) report({ name: m[0], kind: 'NUMBERED', start, end });
    }
  }
}

/**
 * Two numbered phrases with one count joined by 和/与/、 (两种教育制度和两种劳动制度): the parallel
 * counts name two formulas, unless either is a plain quantity (两个方面和两个层次).
 */
export function pairedSlogans({ text, body, lex, isFree, report }: SloganContext): void {
  const re = new RegExp(`(${numberedPhrase(lex)})([和与及、])(${numberedPhrase(lex)})(?=[，,。；;：:！？、\\s]|$)`, 'g');
  for (const m of text.slice(body.start, body.end).matchAll(re)) {
    const [, first, , second] = m as unknown as [string, string, string, string];
    if (first[0] !== second[0]) continue;
    if (classifyNumbered(first, lex) !== 'formula' || classifyNumbered(second, lex) !== 'formula') continue;
    const start = body.start + m.index;
    const secondStart = start + first.length + 1;
    if (!isFree(start, secondStart + second.length)) continue;
    report({ name: first, kind: 'NUMBERED', start, end: start + first.length });
    report({ name: second, kind: 'NUMBERED', start: secondStart, end: secondStart + second.length });
  }
}

/** The values of the numeral runs in `phrase` (一岗三责 → 1, 3; 双 counts 2). */
function countsIn(phrase: string, lex: SloganLexicon): number[] {
  const values: number[] = [];
  for (const m of phrase.matchAll(new RegExp(`[${escapeRe([...lex.numerals].join(''))}]+`, 'g'))) {
    const v = m[0] === '双' ? 2 : parseNumeral(m[0].replace(/两/g, '二'));
    if (v !== null) values.push(v);
  }
  return values;
}

/**
 * A numbered formula glossed in brackets right after it, one item per count (一岗三责（管工作、
 * 管安全稳定、管行风作风）): the gloss enumerates the parts, so the phrase before it is a formula.
 */
export function glossedSlogans({ text, body, lex, isFree, report }: SloganContext): void {
  for (const m of text.slice(body.start, body.end).matchAll(/[（(]([^（）()\n]{2,80})[）)]/g)) {
    const open = body.start + m.index;
    const items = m[1]!.split(/[、，,；;]/).filter((p) => p.trim().length > 0).length;
    if (items < 2) continue;
    const before = HAN_RUN.exec(text.slice(Math.max(body.start, open - 8), open))?.[0] ?? '';
    // The longest numeral-led tail of the words before the bracket whose counts match the items.
    for (let k = Math.max(0, before.length - 8); k <= before.length - 2; k++) {
      const phrase = before.slice(k);
      if (!lex.numerals.has(phrase[0]!) || classifyNumbered(phrase, lex) !== 'formula') continue;
      if (!countsIn(phrase, lex).includes(items)) continue;
      const start = open - phrase.length;
      if (isFree(start, open)) report({ name: phrase, kind: 'NUMBERED', start, end: open });
      break;
    }
  }
}
