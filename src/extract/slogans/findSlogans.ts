import type { Locator, Section, SloganFinding, TextRange } from '../types.js';
import { sloganLexicon } from './sloganLexicon.js';
import { lexiconIndex } from './lexiconIndex.js';
import { quotedSlogans } from './quotedSlogans.js';
import { knownSlogans } from './knownSlogans.js';
import { shapedSlogans } from './shapedSlogans.js';
import { glossedSlogans, headingSlogans, pairedSlogans } from './contextSlogans.js';
import { runSloganFinders, type SloganFinder, type SloganHit } from './sloganContext.js';
import { sloganKey } from './normaliseSlogan.js';

function group(text: string, hits: SloganHit[], locate: Locator): SloganFinding[] {
  const lex = sloganLexicon();
  const index = lexiconIndex(lex);
  const byName = new Map<string, SloganFinding>();
  // One canonical name per separator-free key, so 担当实干，马上就办 joins 担当实干、马上就办.
  const nameOfKey = new Map<string, string>();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const key = sloganKey(h.name);
    const name = nameOfKey.get(key) ?? h.name;
    nameOfKey.set(key, name);
    let finding = byName.get(name);
    if (!finding) {
      const formula = index.byKey.get(key);
      finding = { name, kind: h.kind, count: 0, variants: [], members: formula?.members ?? [], mentions: [] };
      byName.set(name, finding);
    }
    const written = text.slice(h.start, h.end);
    const { sectionId, sentence } = locate(h.start);
    finding.mentions.push({ start: h.start, end: h.end, text: written, sectionId, sentence });
    finding.count++;
    // A formula completed after its quote (“三权”分置) is written with a quote mark inside.
    const spelled = written.replace(/[“”"‘’「」『』]/g, '');
    if (spelled !== name && !finding.variants.includes(spelled)) finding.variants.push(spelled);
  }
  return [...byName.values()];
}

// Each stage's finders see the ranges of earlier stages as taken: quoted formulas first, then
// known ones written without quotes, then formulas by shape, then by their place in the text.
const STAGES: readonly (readonly SloganFinder[])[] = [[quotedSlogans], [knownSlogans], [shapedSlogans], [headingSlogans, pairedSlogans, glossedSlogans]];

/**
 * Finds the slogans (提法) inside `body` of `text`: quoted numbered formulas and catchphrases,
 * then every unquoted occurrence of a slogan known from the lexicon or quoted elsewhere in the
 * text, then unquoted numbered formulas by shape, at the end of a heading of `sections`, in
 * parallel pairs and before a gloss in brackets. Offsets index `text` and exclude quote marks.
 */
export function findSlogans(text: string, bodyRange: TextRange, locate: Locator, sections: readonly Section[] = []): SloganFinding[] {
  const start = Math.max(0, Math.min(bodyRange.start, text.length));
  const body = { start, end: Math.max(start, Math.min(bodyRange.end, text.length)) };
  const lex = sloganLexicon();
  const hits = runSloganFinders({ text, body, sections, lex, index: lexiconIndex(lex) }, STAGES);
  return group(text, hits, locate);
}
