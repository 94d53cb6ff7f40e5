import type { LexiconFormula, SloganLexicon } from './sloganLexicon.js';
import type { LexiconIndex } from './lexiconIndex.js';
import { classifyNumbered, type NumberedVerdict } from './numberedRule.js';
import type { QuoteContext } from './catchphraseRule.js';

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

// 新三样, 老三样, 新四化: a numbered set named new or old.
const NEW_OR_OLD_SET = /^[新老][两二三四五六七八九十]+[样件化大]$/;

/**
 * Quoted numbered phrases that the shape alone leaves out but their place makes formulas: 一个 +
 * noun listed among quoted formulas (“两个基地”、“一个桥头堡”), a short count before the work it names
 * (“两区”建设), and a set named new or old (“新三样”).
 */
export function listedOrNamed(written: string, verdict: NumberedVerdict, around: QuoteContext, lex: SloganLexicon): boolean {
  if (NEW_OR_OLD_SET.test(written)) return true;
  if (verdict === 'none' && /^一[个项条大种]/.test(written) && written.length >= 4) {
    return /[”」』]、$/.test(around.before) || /^、[“「『]/.test(around.after);
  }
  if (verdict === 'quantity' && written.length === 2 && lex.numerals.has(written[0]!)) {
    return ['建设', '工作', ...lex.policyFollowers].some((w) => around.after.startsWith(w));
  }
  return false;
}
