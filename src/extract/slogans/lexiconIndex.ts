import type { LexiconFormula, SloganLexicon } from './sloganLexicon.js';
import { sloganKey } from './normaliseSlogan.js';

/** Lexicon formulas indexed by separator-free key of their names and variants. */
export interface LexiconIndex {
  byKey: Map<string, LexiconFormula>;
  /** Every spelling (name and variants) as written in the lexicon. */
  forms: string[];
  names: Set<string>;
}

const cache = new WeakMap<SloganLexicon, LexiconIndex>();

/** Builds (once per lexicon) the key index used to map written spellings to canonical names. */
export function lexiconIndex(lex: SloganLexicon): LexiconIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const byKey = new Map<string, LexiconFormula>();
  const forms: string[] = [];
  for (const f of lex.formulas) {
    for (const form of [f.name, ...f.variants]) {
      byKey.set(sloganKey(form), f);
      forms.push(form);
    }
  }
  const index = { byKey, forms, names: new Set(lex.formulas.map((f) => f.name)) };
  cache.set(lex, index);
  return index;
}
