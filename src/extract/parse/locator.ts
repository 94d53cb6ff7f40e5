import type { Locator, Section, Sentence } from '../types.js';

/** Index of the last range starting at or before `offset` (ranges sorted by start), or -1. */
function lastStartingAtOrBefore(ranges: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Builds the locator of a parsed speech: the innermost section containing an offset (null before
 * the first) and the sentence containing it (or the nearest one before it; 0 before all of them).
 * Sections must be properly nested and sorted by start, sentences sorted and disjoint.
 */
export function makeLocator(sections: Section[], sentences: Sentence[]): Locator {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return (offset) => {
    let k = lastStartingAtOrBefore(sections, offset);
    let s: Section | undefined = k >= 0 ? sections[k] : undefined;
    while (s && offset >= s.end) s = s.parentId ? byId.get(s.parentId) : undefined;
    k = lastStartingAtOrBefore(sentences, offset);
    return { sectionId: s?.id ?? null, sentence: Math.max(0, k) };
  };
}
