import { originalRange, type OffsetMap } from './text/offsetMap.js';
import type { ExtractedSpeech, Mention, TextRange } from './types.js';

/**
 * Leads every offset of a speech extracted from the normalised text back to `original` and gives
 * every mention its text as written there; names, titles and headings keep their normalised
 * spelling. A null map means no offset moved (characters were only replaced one for one): then only
 * the mentions that cover a replaced character are re-read. Works in place on `speech`, which the
 * extractor has just built, and returns it.
 */
export function restoreOffsets(speech: ExtractedSpeech, original: string, map: OffsetMap | null): ExtractedSpeech {
  const normalised = speech.text;
  const mentions = [speech.slogans, speech.meetings, speech.documents, speech.persons, speech.terms, ...speech.sectionTerms.map((s) => s.terms)]
    .flat()
    .flatMap((f: { mentions: Mention[] }) => f.mentions);
  // One object may stand in several lists (the title range is sentence 0): each is moved once.
  const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
  speech.text = original;
  if (map === null) {
    const replaced: number[] = [];
    for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) !== normalised.charCodeAt(i)) replaced.push(i);
    for (const m of mentions) if (coversAny(replaced, m.start, m.end)) m.text = original.slice(m.start, m.end);
    return speech;
  }
  const move = (r: TextRange): void => {
    const o = originalRange(map, r);
    r.start = o.start;
    r.end = o.end;
  };
  for (const m of unique(mentions)) {
    move(m);
    m.text = original.slice(m.start, m.end);
  }
  const ranges: TextRange[] = [speech.body, ...(speech.titleRange ? [speech.titleRange] : []), ...speech.sections, ...speech.sentences];
  for (const r of unique([...ranges, ...speech.diagnostics.flatMap((d) => (d.range ? [d.range] : []))])) move(r);
  return speech;
}

/** True when some offset of the sorted `positions` lies in [start, end). */
function coversAny(positions: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! < end;
}
