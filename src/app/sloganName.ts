import { sloganKey } from '../extract/slogans/normaliseSlogan.js';
import { sloganLexicon } from '../extract/slogans/sloganLexicon.js';

let byKey: Map<string, string> | null = null;

/**
 * The canonical name of a slogan as someone typed it: a variant the lexicon knows (两个坚决维护)
 * becomes its formula (两个维护) even when no loaded speech ever wrote that variant, so the graph,
 * which only records variants it has seen, can still be asked for it. Separators and spacing do not
 * matter (两不愁三保障 = 两不愁、三保障). Unknown names come back trimmed, as typed.
 */
export function canonicalSloganName(typed: string): string {
  if (byKey === null) {
    byKey = new Map();
    for (const f of sloganLexicon().formulas) for (const written of [f.name, ...f.variants]) byKey.set(sloganKey(written), f.name);
  }
  const name = typed.trim();
  return byKey.get(sloganKey(name)) ?? name;
}
