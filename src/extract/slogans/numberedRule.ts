import type { SloganLexicon } from './sloganLexicon.js';

/** Verdict on a numeral-led phrase: a formula, a plain quantity or idiom, or not numeral-led at all. */
export type NumberedVerdict = 'formula' | 'quantity' | 'none';

// Classifiers that sit between the numeral and the head of a formula (四个意识, 十大平台, 三种心态).
const CLASSIFIERS = '个大项种条类篇点支批张';
const HAN = /^[\u3400-\u9fff]+$/;
const WELL_FORMED_NUMBER = /^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|.*[百千万].*)$/;

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
  if (run === 0 || startsWithAny(s, lex.numberlessWords)) return 'none';
  if (lex.numeralIdioms.has(s)) return 'quantity';
  // A run of numerals that is no well-formed number reads as a plan formula (十四五 = the 14th five-year plan).
  if (run === s.length) return s.length >= 3 && !WELL_FORMED_NUMBER.test(s) ? 'formula' : 'quantity';
  const rest = s.slice(run);
  const lead = s[0]!;
  // 一 alone is an article more often than a count: 一网通办 is a catchphrase, not a numbered
  // formula, unless a second numeral pairs with it (一岗双责, 一带一路).
  if (lead === '一' && run === 1 && ![...rest].some((c) => lex.numerals.has(c))) return 'none';
  // 双 means "dual" (双百工程, 双轮驱动); it never counts units the way 两 does.
  if (lead === '双') return 'formula';
  if (pairsCounts(rest, lex)) return 'formula';
  if (startsWithAny(rest, lex.quantityUnits)) return 'quantity';
  const head = CLASSIFIERS.includes(rest[0]!) ? rest.slice(1) : rest;
  if (head.length === 0) return 'quantity';
  if (startsWithAny(head, lex.quantityUnits)) return 'quantity';
  // A second numeral pairs counts into a formula (一县一品, 千村示范): 县 there is no counted noun.
  const paired = [...rest].some((c) => lex.numerals.has(c));
  if (!paired && lex.quantityNouns.some((n) => countsNoun(head, n))) return 'quantity';
  return 'formula';
}
