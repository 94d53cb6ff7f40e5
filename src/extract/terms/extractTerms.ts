import type { Locator, Mention, Section, SectionTerms, TermFinding, TextRange } from '../types.js';
import { rangeTokens, termTokens, type TermTokens } from './termTokens.js';
import { tfidf } from './tfidf.js';
import { textRank } from './textRank.js';
import { topK } from './topK.js';

/** How many keywords to keep for the whole speech and for each top-level section. */
const SPEECH_TOP = 20;
const SECTION_TOP = 10;

function rankTerms(tokens: TermTokens, top: number, locate: Locator): TermFinding[] {
  const { ids, vocab } = tokens;
  if (ids.length === 0) return [];
  const { weights } = tfidf(ids, tokens.idf);
  const ranks = textRank(ids, vocab.length);
  // The chosen words in order of choice (best TF-IDF first, then TextRank's not chosen yet), and per
  // word id the index of its mention list (-1: not chosen), so each token costs one array read.
  const chosen: number[] = [];
  const listOf = new Int32Array(vocab.length).fill(-1);
  for (const v of [...topK(weights, top), ...topK(ranks, top)]) {
    if (listOf[v]! >= 0) continue;
    listOf[v] = chosen.length;
    chosen.push(v);
  }
  const lists: Mention[][] = chosen.map(() => []);
  // Every token of a chosen word is one mention, so `count` is the number of mentions.
  for (let i = 0; i < ids.length; i++) {
    const k = listOf[ids[i]!]!;
    if (k < 0) continue;
    const start = tokens.starts[i]!;
    const text = vocab[ids[i]!]!;
    // Named fields rather than a spread of the location: one object per mention, made directly.
    const { sectionId, sentence } = locate(start);
    lists[k]!.push({ start, end: start + text.length, text, sectionId, sentence });
  }
  return chosen
    .map((v, k) => ({ term: vocab[v]!, weight: weights[v]!, textrank: ranks[v]!, count: lists[k]!.length, mentions: lists[k]! }))
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
 * The body is segmented once; each of `spans` (the speech's own slogans and meetings, as found)
 * is kept as one word. Every term carries its mentions, located by `locate`.
 */
export function extractTerms(
  text: string,
  body: TextRange,
  sections: Section[],
  spans: readonly TextRange[],
  locate: Locator,
): { terms: TermFinding[]; sectionTerms: SectionTerms[] } {
  const tokens = termTokens(text, body, spans);
  const terms = rankTerms(tokens, SPEECH_TOP, locate);
  const sectionTerms = sections
    .filter((s) => s.level === 1 && !s.inline)
    .map((s) => ({
      sectionId: s.id,
      terms: rankTerms(rangeTokens(tokens, lowerBound(tokens.starts, s.start), lowerBound(tokens.starts, s.end)), SECTION_TOP, locate),
    }));
  return { terms, sectionTerms };
}
