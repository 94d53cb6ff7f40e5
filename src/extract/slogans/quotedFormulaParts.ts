import type { LexiconFormula, SloganLexicon } from './sloganLexicon.js';
import type { LexiconIndex } from './lexiconIndex.js';
import { classifyNumbered } from './numberedRule.js';

const HAN = /^[\u3400-\u9fff]+$/;
// A prefix ending in one of these makes the numeral an ordinal or an approximation (第二个百年, 前三个月).
const NOT_BEFORE_COUNT = '第前后这那每各近约共逾超';

/**
 * The lexicon formula completed by up to four characters right after a closing quote (“三权”分置 →
 * 三权分置), with the number of characters taken from after the quote; null when none.
 */
export function completedAfterQuote(key: string, after: string, index: LexiconIndex): (LexiconFormula & { extra: number }) | null {
  for (let extra = Math.min(4, after.length); extra >= 1; extra--) {
    const tail = after.slice(0, extra);
    if (!HAN.test(tail)) continue;
    const formula = index.byKey.get(key + tail);
    if (formula) return { ...formula, extra };
  }
  return null;
}

/**
 * Where a numbered formula starts after a verb or qualifier written inside the same quote
 * (“加大五个力度” → 3, “数字经济一号工程” → 4); 0 when the quote holds none.
 */
export function numberedAfterPrefix(written: string, lex: SloganLexicon): number {
  for (let i = 1; i <= 4 && i < written.length; i++) {
    if (!lex.numerals.has(written[i]!) || lex.numerals.has(written[i - 1]!)) continue;
    const prefix = written.slice(0, i);
    // A numeral inside the prefix makes the whole one name (千团万企拓市场争订单).
    if (!HAN.test(prefix) || NOT_BEFORE_COUNT.includes(prefix[prefix.length - 1]!) || [...prefix].some((c) => lex.numerals.has(c))) return 0;
    const rest = written.slice(i);
    return rest.length >= 3 && classifyNumbered(rest, lex) === 'formula' ? i : 0;
  }
  return 0;
}
