import type { SloganLexicon } from './sloganLexicon.js';
import type { QuoteContext } from './catchphraseRule.js';

// Counts joined by + with an open slot N or X: 1+2+4+N, 5+2, 1+X (full-width plus too).
const PLUS_CODE = /^(?:\d{1,3}|[NnXx])(?:[+＋](?:\d{1,3}|[NnXx]))+$/;
// Digits closed by an open slot: 415X.
const SLOT_CODE = /^\d{2,5}[NnXx]$/;
// A run of digits, each a count of the formula's parts: 51020, 1313, 132.
const DIGIT_CODE = /^\d{3,6}$/;
// Years (2035) and the shapes of public service numbers: 12345-style hotlines, 96xxx lines, 110/119/120.
const YEAR = /^(?:19|20)\d\d$/;
const SERVICE_NUMBER = /^(?:12\d{3}|96\d{3}|11\d|12\d)$/;

/**
 * True when quoted text is a digit-coded formula (“1+2+4+N”, “5+2”, “51020”, “415X”): counts written
 * as digits, not a year, a percentage, a date (“8·20”) or a service number (“12345”热线, 拨打“96178”).
 */
export function isCodedFormula(content: string, around: QuoteContext, lex: SloganLexicon): boolean {
  const written = content.trim();
  if (PLUS_CODE.test(written) || SLOT_CODE.test(written)) return true;
  if (!DIGIT_CODE.test(written) || YEAR.test(written) || SERVICE_NUMBER.test(written)) return false;
  const near = around.before.slice(-3) + around.after.slice(0, 6);
  return !lex.serviceNumberWords.some((w) => near.includes(w));
}
