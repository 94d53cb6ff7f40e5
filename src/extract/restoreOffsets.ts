import { originalRange, type OffsetMap } from './text/offsetMap.js';
import type { ExtractedSpeech, Mention, TextRange } from './types.js';

/**
 * A speech extracted from the normalised text, with every offset led back to `original` and every
 * mention's text as written there. Names, titles and headings keep their normalised spelling.
 */
export function restoreOffsets(speech: ExtractedSpeech, original: string, map: OffsetMap): ExtractedSpeech {
  const range = <T extends TextRange>(r: T): T => ({ ...r, ...originalRange(map, r) });
  const mentions = (ms: Mention[]): Mention[] =>
    ms.map((m) => {
      const r = originalRange(map, m);
      return { ...m, ...r, text: original.slice(r.start, r.end) };
    });
  return {
    ...speech,
    text: original,
    body: range(speech.body),
    titleRange: speech.titleRange ? range(speech.titleRange) : null,
    sections: speech.sections.map(range),
    sentences: speech.sentences.map(range),
    slogans: speech.slogans.map((f) => ({ ...f, mentions: mentions(f.mentions) })),
    meetings: speech.meetings.map((f) => ({ ...f, mentions: mentions(f.mentions) })),
    documents: speech.documents.map((f) => ({ ...f, mentions: mentions(f.mentions) })),
    persons: speech.persons.map((f) => ({ ...f, mentions: mentions(f.mentions) })),
    terms: speech.terms.map((f) => ({ ...f, mentions: mentions(f.mentions) })),
    sectionTerms: speech.sectionTerms.map((s) => ({ ...s, terms: s.terms.map((f) => ({ ...f, mentions: mentions(f.mentions) })) })),
    diagnostics: speech.diagnostics.map((d) => (d.range ? { ...d, range: range(d.range) } : d)),
  };
}
