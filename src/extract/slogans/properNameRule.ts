import { findPlaceMentions } from '../places/gazetteer.js';
import type { QuoteContext } from './catchphraseRule.js';
import { hasSeparator } from './normaliseSlogan.js';
import { classifyNumbered } from './numberedRule.js';
import type { SloganLexicon } from './sloganLexicon.js';

// Governments quote the names of their own brands, platforms, projects and honours as often as
// their formulations. These rules tell such proper names apart; lexicon formulas are looked up
// before them, so a known formula is never lost here.

/**
 * placeLedName: “四川云教”, “长春人才创新港”, “吉林一号” — one quoted name opening with a province or
 * city (official or short name) is a local brand, platform or project, not a formulation: those
 * put the place last if at all (平安中国, 数字福建).
 */
export function opensWithPlace(written: string): boolean {
  if (hasSeparator(written)) return false;
  return findPlaceMentions(written).some((m) => m.start === 0);
}

/**
 * honourName: 入选“最佳旅游乡村” — a quote right after 入选/获评/荣获… names an honour or title; a
 * numbered programme one is selected into stays a formula (入选国家“双高计划”).
 */
export function namesHonour(written: string, around: QuoteContext, lex: SloganLexicon): boolean {
  return lex.honourVerbs.some((v) => around.before.includes(v)) && classifyNumbered(written, lex) !== 'formula';
}

/** followedByName: “科创通”平台, “两院”院士, “三江”流域 — a noun after the quote makes it a proper name. */
export function followedByNameNoun(around: QuoteContext, lex: SloganLexicon): boolean {
  return lex.nameFollowers.some((w) => around.after.startsWith(w));
}

/** productName: “天府入企码” — a name ending like a product (…码) and not a numbered formula (一企一码). */
export function endsAsProduct(written: string, lex: SloganLexicon): boolean {
  return lex.productEndings.some((e) => written.endsWith(e)) && classifyNumbered(written, lex) !== 'formula';
}

/** True when a quoted text is a proper name by one of the rules above. */
export function isProperName(written: string, around: QuoteContext, lex: SloganLexicon): boolean {
  return opensWithPlace(written) || namesHonour(written, around, lex) || followedByNameNoun(around, lex) || endsAsProduct(written, lex);
}
