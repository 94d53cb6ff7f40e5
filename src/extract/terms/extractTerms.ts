import type { Section, SectionTerms, TermFinding, TextRange } from '../types.js';
import { addUserWords, idfTable } from '../segment.js';
import { termTokens } from './termTokens.js';
import { tfidf } from './tfidf.js';
import { textRank } from './textRank.js';

/** How many keywords to keep for the whole speech and for each top-level section. */
const SPEECH_TOP = 20;
const SECTION_TOP = 10;

function rankTerms(words: readonly string[], top: number): TermFinding[] {
  if (words.length === 0) return [];
  const weights = tfidf(words, idfTable());
  const ranks = textRank(words);
  const byWeight = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight).slice(0, top);
  const byRank = [...ranks.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const chosen = new Set([...byWeight.map(([w]) => w), ...byRank.map(([w]) => w)]);
  return [...chosen]
    .map((term) => {
      const t = weights.get(term)!;
      return { term, weight: t.weight, textrank: ranks.get(term) ?? 0, count: t.count };
    })
    .sort((a, b) => b.weight - a.weight || b.textrank - a.textrank);
}

/** Index of the first element of the sorted `starts` that is >= `value`. */
function lowerBound(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keywords of the speech `body` and of each top-level (level 1, not inline) section: the union of
 * the best TF-IDF and TextRank words, with `weight` = TF-IDF and `textrank` = TextRank score.
 * The body is segmented once; `extraWords` (meeting names …) are kept whole.
 */
export function extractTerms(
  text: string,
  body: TextRange,
  sections: Section[],
  extraWords: string[],
): { terms: TermFinding[]; sectionTerms: SectionTerms[] } {
  addUserWords(extraWords);
  const tokens = termTokens(text, body);
  const terms = rankTerms(tokens.words, SPEECH_TOP);
  const sectionTerms = sections
    .filter((s) => s.level === 1 && !s.inline)
    .map((s) => {
      const from = lowerBound(tokens.starts, s.start);
      const to = lowerBound(tokens.starts, s.end);
      return { sectionId: s.id, terms: rankTerms(tokens.words.slice(from, to), SECTION_TOP) };
    });
  return { terms, sectionTerms };
}
