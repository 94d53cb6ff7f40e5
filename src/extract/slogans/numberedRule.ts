import type { SloganLexicon } from './sloganLexicon.js';
import { parseNumeral } from '../text/numerals.js';

/** The value of a numeral run when it is one (十八 → 18), else null. */
function parseCount(run: string): number | null {
  return isWellFormedNumber(run) ? parseNumeral(run.replace(/两/g, '二')) : null;
}

/** Verdict on a numeral-led phrase: a formula, a plain quantity or idiom, or not numeral-led at all. */
export type NumberedVerdict = 'formula' | 'quantity' | 'none';

// Classifiers that sit between the numeral and the head of a formula (四个意识, 十大平台, 三种心态).
const CLASSIFIERS = '个大项种条类篇点支批张';
const HAN = /^[\u3400-\u9fff]+$/;
const DIGIT = '一二两三四五六七八九';
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/**
 * True when a run of numerals reads as one number written by the rules (三十五, 一百二十, 两千,
 * 三万五千): each digit is followed by a unit smaller than the last, and a bare final digit follows
 * 十 only. 十百千万 and 四千四万 break the rules, so they are formulas, not quantities.
 */
export function isWellFormedNumber(s: string): boolean {
  let lastUnit = Infinity;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const unit = UNIT[c];
    if (unit !== undefined) {
      // A unit opens a number (十五) only as 十; otherwise it follows a digit.
      if (unit >= lastUnit || (i === 0 ? c !== '十' && s.length > 1 : !DIGIT.includes(s[i - 1]!))) return false;
      lastUnit = unit;
    } else if (DIGIT.includes(c)) {
      const next = s[i + 1];
      if (next === undefined) return s.length === 1 || s[i - 1] === '十';
      if (UNIT[next] === undefined) return false;
    } else return false;
  }
  return true;
}

/** Length of the run of numeral characters at the start of `s`. */
export function numeralRunLength(s: string, lex: SloganLexicon): number {
  let i = 0;
  while (i < s.length && lex.numerals.has(s[i]!)) i++;
  return i;
}

function startsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.startsWith(w));
}

// A second numeral one or two characters after the first pairs the counts (一户一档, 一月一调度,
// 三查三访): what follows the first numeral is then what each count is allotted to, not a unit —
// unless the second half is itself a quantity (一年两次, 两年三个月, 一日三餐).
function pairsCounts(rest: string, lex: SloganLexicon): boolean {
  const at = [1, 2].find((i) => lex.numerals.has(rest[i] ?? ''));
  if (at === undefined) return false;
  const second = rest.slice(at);
  const tail = second.slice(numeralRunLength(second, lex));
  const head = tail.length > 0 && CLASSIFIERS.includes(tail[0]!) ? tail.slice(1) : tail;
  return head.length > 0 && !startsWithAny(head, lex.quantityUnits);
}

// One-character nouns (县, 区) only count when they end the phrase or nearly so: 三个区 is a
// quantity, 三个区分开来 is not.
function countsNoun(head: string, noun: string): boolean {
  return head.startsWith(noun) && (noun.length > 1 || head.length <= 2);
}

/**
 * Classifies one phrase without separators: a numeral (or 双/两) leading a short formula is a
 * formula (四个意识, 六稳, 两型三化, 一岗双责); numeral + time unit, measure word or counted noun
 * is a quantity (两个月, 三次会议, 三个方面), and so are numeral idioms (一亩三分地, 一天一夜), unless a
 * second numeral pairs the counts (一户一档, 一月一调度: the unit is what each count is allotted to).
 */
export function classifyNumbered(s: string, lex: SloganLexicon): NumberedVerdict {
  if (s.length < 2 || s.length > 8 || !HAN.test(s)) return 'none';
  const run = numeralRunLength(s, lex);
  if (run === 0) return 'none';
  if (lex.numeralIdioms.has(s)) return 'quantity';
  if (startsWithAny(s, lex.numberlessWords)) return 'none';
  // A run of numerals that is no well-formed number reads as a plan formula (十四五 = the 14th five-year plan).
  if (run === s.length) return s.length >= 3 && !isWellFormedNumber(s) ? 'formula' : 'quantity';
  const rest = s.slice(run);
  const lead = s[0]!;
  // N号 is an ordinal: a formula only as the name of a priority (一号工程), else a number (三号线).
  if (rest[0] === '号') return startsWithAny(rest.slice(1), lex.policyFollowers) ? 'formula' : 'quantity';

  // 一 alone is an article more often than a count: 一网通办 is a catchphrase, not a numbered
  // formula, unless a second numeral pairs with it (一岗双责, 一带一路).
  if (lead === '一' && run === 1 && ![...rest].some((c) => lex.numerals.has(c))) return 'none';
  // 双 means "dual" (双百工程, 双轮驱动); it never counts units the way 两 does.
  if (lead === '双') return 'formula';
  if (pairsCounts(rest, lex)) return 'formula';
  // A classifier before a head (三张图, 五种意识) is read before units, since 张 or 批 are both.
  const classified = CLASSIFIERS.includes(rest[0]!) && rest.length > 1;
  if (!classified && startsWithAny(rest, lex.quantityUnits)) return 'quantity';
  // A count above ten right before a noun names a thing (十八盘, 二十四节气); counted formulas take a
  // classifier (十大工程, 十二个奋力推进) or count characters (二十四字).
  const count = run > 1 ? parseCount(s.slice(0, run)) : null;
  if (count !== null && count > 10 && !CLASSIFIERS.includes(rest[0]!) && rest[0] !== '字' && !lex.numerals.has(rest[1] ?? '')) return 'none';
  const head = CLASSIFIERS.includes(rest[0]!) ? rest.slice(1) : rest;
  if (head.length === 0) return 'quantity';
  // A long head after a count names a ranking or an award (十大考古新发现), not a formula's parts.
  if (rest[0] === '大' && head.length >= 5) return 'none';
  // A unit after the classifier is a quantity (两个月, 三个小时), unless a word goes on from it (六个倍增计划).
  const afterUnit = (u: string): string => head.slice(u.length);
  if (lex.quantityUnits.some((u) => head.startsWith(u) && (afterUnit(u).length <= 1 || lex.numerals.has(afterUnit(u)[0]!)))) return 'quantity';
  // A second numeral pairs counts into a formula (一县一品, 千村示范): 县 there is no counted noun.
  const paired = [...rest].some((c) => lex.numerals.has(c));
  if (!paired && lex.quantityNouns.some((n) => countsNoun(head, n))) return 'quantity';
  return 'formula';
}
