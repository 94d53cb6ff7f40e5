import type { Section, SloganKind, TextRange } from '../types.js';
import type { LexiconIndex } from './lexiconIndex.js';
import type { SloganLexicon } from './sloganLexicon.js';

/** A slogan occurrence decided by a rule, before mentions are grouped by name. */
export interface SloganHit extends TextRange {
  name: string;
  kind: SloganKind;
}

/**
 * What a slogan finder sees, and the one way it reports: a finder never marks ranges itself, it
 * calls `report` and the run marks the hit's range for the finders after it (textlint's rule
 * context is the model).
 */
export interface SloganContext {
  readonly text: string;
  /** The body range of `text` the finders search; offsets are offsets of `text`. */
  readonly body: TextRange;
  readonly sections: readonly Section[];
  readonly lex: SloganLexicon;
  readonly index: LexiconIndex;
  /** Hits reported by the finders of earlier stages, in the order they were reported. */
  readonly hits: readonly SloganHit[];
  /** True when no offset of [start, end) is taken by an earlier stage's hit or a blocked range. */
  isFree(start: number, end: number): boolean;
  report(hit: SloganHit): void;
  /** Takes a range that is no slogan (a numeral idiom such as 四平八稳) from every finder from now on. */
  block(range: TextRange): void;
}

export type SloganFinder = (context: SloganContext) => void;

export interface SloganInput {
  text: string;
  body: TextRange;
  sections: readonly Section[];
  lex: SloganLexicon;
  index: LexiconIndex;
}

/**
 * Runs the finders stage by stage. The finders of one stage see the same taken ranges (those of
 * earlier stages), so their order inside a stage does not change what they find; a stage's hits
 * are marked when it ends.
 */
export function runSloganFinders(input: SloganInput, stages: readonly (readonly SloganFinder[])[]): SloganHit[] {
  const { body } = input;
  const mask = new Uint8Array(Math.max(0, body.end - body.start));
  const mark = (r: TextRange): void => {
    mask.fill(1, Math.max(0, r.start - body.start), Math.max(0, r.end - body.start));
  };
  const hits: SloganHit[] = [];
  let pending: SloganHit[] = [];
  const context: SloganContext = {
    ...input,
    hits,
    isFree(start, end) {
      for (let i = start - body.start; i < end - body.start; i++) if (mask[i]) return false;
      return true;
    },
    report(hit) {
      pending.push(hit);
    },
    block: mark,
  };
  for (const stage of stages) {
    for (const finder of stage) finder(context);
    for (const h of pending) mark(h);
    hits.push(...pending);
    pending = [];
  }
  return hits;
}
