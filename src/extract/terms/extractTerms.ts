import type { Section, SectionTerms, TermFinding, TextRange } from '../types.js';
import { addUserWords } from '../segment.js';
import { termTokens, type TermTokens } from './termTokens.js';
import { tfidf } from './tfidf.js';
import { textRank } from './textRank.js';
import { topK } from './topK.js';

/** How many keywords to keep for the whole speech and for each top-level section. */
const SPEECH_TOP = 20;
const SECTION_TOP = 10;

function rankTerms(tokens: TermTokens, from: number, to: number, top: number): TermFinding[] {
  if (to <= from) return [];
  const ids = tokens.ids.subarray(from, to);
  const { counts, weights } = tfidf(ids, tokens.idf);
  const ranks = textRank(ids, tokens.vocab.length);
  const chosen = new Set([...topK(weights, top), ...topK(ranks, top)]);
  return [...chosen]
    .map((v) => ({ term: tokens.vocab[v]!, weight: weights[v]!, textrank: ranks[v]!, count: counts[v]! }))
    .sort((a, b) => b.weight - a.weight || b.textrank - a.textrank);
}

/** Index of the first element of the sorted `starts` that is >= `value`. */
function lowerBound(starts: Int32Array, value: number): number {
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
  const terms = rankTerms(tokens, 0, tokens.ids.length, SPEECH_TOP);
  const sectionTerms = sections
    .filter((s) => s.level === 1 && !s.inline)
    .map((s) => ({
      sectionId: s.id,
      terms: rankTerms(tokens, lowerBound(tokens.starts, s.start), lowerBound(tokens.starts, s.end), SECTION_TOP),
    }));
  return { terms, sectionTerms };
}
