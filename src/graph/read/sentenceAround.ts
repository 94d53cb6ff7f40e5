import type { TextRange } from '../../extract/types.js';

// Sentence ends as the extractor's splitter sees them; a line break also ends a sentence (headings).
const ENDS = new Set(['。', '！', '？', '!', '?', '；', '\n', '\r']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

/** Pairs a flat `[start0, end0, start1, end1, …]` list (how Neo4j stores ranges) into ranges; ignores a dangling value. */
export function pairRanges(flat: readonly number[] | null | undefined): TextRange[] {
  const out: TextRange[] = [];
  if (!flat) return out;
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i]!, end: flat[i + 1]! });
  return out;
}

/** The sentence of `text` containing [start, end): from after the previous sentence end to the next one, inclusive, trimmed. */
export function sentenceAround(text: string, start: number, end: number): TextRange {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !ENDS.has(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !ENDS.has(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n' && text[to] !== '\r') {
    to++;
    while (to < text.length && CLOSERS.has(text[to]!)) to++;
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Cuts the sentence around one mention: the stored sentence range when given, else found by `sentenceAround`. */
export function snippetOf(
  text: string,
  mention: TextRange,
  sentence: TextRange | undefined,
): { sentence: string; start: number; end: number; text: string } {
  const usable = sentence && sentence.start <= mention.start && sentence.end >= mention.end && sentence.end <= text.length;
  const range = usable ? sentence : sentenceAround(text, mention.start, mention.end);
  return {
    sentence: text.slice(range.start, range.end),
    start: mention.start - range.start,
    end: mention.end - range.start,
    text: text.slice(mention.start, mention.end),
  };
}
