import { escapeRe } from '../text/escapeRe.js';
import type { SloganContext } from './sloganContext.js';
import type { SloganLexicon } from './sloganLexicon.js';

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

const ORDER = '一二三四五六七八九十';

/**
 * ordinalItem: 六抓问题检视 opening a line, with 五抓… or 七抓… opening another, is the sixth item of
 * an enumeration (一抓…十抓), not a formula. `name` is a numeral and one character.
 */
export function isOrdinalItem(text: string, start: number, name: string): boolean {
  const n = ORDER.indexOf(name[0]!);
  if (name.length !== 2 || n < 0 || !/(?:^|\n)[ \t\u3000]*$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  return [ORDER[n - 1], ORDER[n + 1]].some((c) => c !== undefined && new RegExp(`(?:^|\\n)[ \\t\\u3000]*${c}${name[1]}`).test(text));
}

/** Finds unquoted numbered formulas by shape (numeral + 个 + abstract head; numeral + policy character). */
export function shapedSlogans({ text, body, lex, isFree, report, block }: SloganContext): void {
  const { heads, single, idioms } = shapeRegexes(lex);
  // Numeral idioms (四平八稳) are masked so their inner characters never read as formulas.
  idioms.lastIndex = body.start;
  for (let m = idioms.exec(text); m && m.index < body.end; m = idioms.exec(text)) {
    block({ start: m.index, end: m.index + m[0].length });
  }
  for (const re of [heads, single]) {
    re.lastIndex = body.start;
    for (let m = re.exec(text); m && m.index + m[0].length <= body.end; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isFree(start, end) && !isOrdinalItem(text, start, m[0])) report({ name: m[0], kind: 'NUMBERED', start, end });
    }
  }
}
