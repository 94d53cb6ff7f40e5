import lexicon from '../lexicon/documents.json' with { type: 'json' };
import type { DocumentFinding, Locator, TextRange } from '../types.js';

/** Whether a 《》 title names a newspaper or periodical (人民日报, 求是, ×时报) rather than a document. */
export function documentKind(title: string): DocumentFinding['kind'] {
  const t = title.replace(/[\s\u3000]/g, '');
  if (lexicon.periodicals.includes(t)) return 'newspaper';
  if (lexicon.documentEndings.some((e) => t.endsWith(e))) return 'document';
  return lexicon.newspaperEndings.some((e) => t.endsWith(e)) ? 'newspaper' : 'document';
}

const BOOK_TITLE = /《([^《》\n]{1,120})》/g;

/** Titles in 《》 within the given ranges, grouped by title (whitespace removed), in order of first mention. */
export function findDocuments(text: string, ranges: TextRange[], locate: Locator): DocumentFinding[] {
  const byTitle = new Map<string, DocumentFinding>();
  for (const r of ranges) {
    // Matching inside a slice keeps the work proportional to the range, not the whole text.
    for (const hit of text.slice(r.start, r.end).matchAll(BOOK_TITLE)) {
      const m = { index: r.start + (hit.index ?? 0), 0: hit[0], 1: hit[1] };
      const title = (m[1] ?? '').replace(/[\s\u3000]/g, '');
      if (title === '') continue;
      let f = byTitle.get(title);
      if (!f) {
        f = { title, kind: documentKind(title), count: 0, mentions: [] };
        byTitle.set(title, f);
      }
      const where = locate(m.index);
      f.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...where });
      f.count++;
    }
  }
  return [...byTitle.values()];
}
