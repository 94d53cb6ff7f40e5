import type { TextRange } from '../types.js';
import { idfTable, keptBoundaries } from '../segment/segment.js';
import { stopwords } from './stopwords.js';
import { SubstringIds } from './substringIds.js';

/**
 * Candidate keyword tokens of a text range in reading order: `ids[i]` indexes `vocab` and `idf`,
 * `starts[i]` is the token's offset in the text. Interned ids let TF-IDF and TextRank work on
 * typed arrays instead of strings.
 */
export interface TermTokens {
  vocab: string[];
  idf: Float64Array;
  ids: Int32Array;
  starts: Int32Array;
}

const HAS_WORD_CHAR = /[\u3400-\u9fffA-Za-z]/;
// Placeholders for anonymised names and numbers.
const PLACEHOLDER = /[×＊*]|^[XＸx]+$/;
// Numbers, ordinals and counted quantities: 2035, 十九, 第一, 两个, 三是, 五年.
const NUMBER_LIKE = /^(?:[\d０-９.．%％,，]+|第?[一二两三四五六七八九十百千万亿〇零]+[个是要次年月日天位名项条点届种批些期大]?)$/;
const PUNCT_OR_SPACE = /^[\p{P}\p{S}\s]+$/u;

/** True when a segmented word can be a keyword: two or more characters, no stop word, number or placeholder. */
export function isTermCandidate(word: string, stop: ReadonlySet<string>): boolean {
  if (word.length < 2) return false;
  // Most words are CJK unified ideographs only: those have a word character and are no
  // punctuation, symbol, space or placeholder, so only the number and stop-word tests can say no.
  if (onlyIdeographs(word)) return !NUMBER_LIKE.test(word) && !stop.has(word);
  return (
    HAS_WORD_CHAR.test(word) &&
    !PUNCT_OR_SPACE.test(word) &&
    !PLACEHOLDER.test(word) &&
    !NUMBER_LIKE.test(word) &&
    !stop.has(word)
  );
}

/** True when every UTF-16 unit of `word` is a CJK unified ideograph (U+4E00–U+9FFF). */
function onlyIdeographs(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/**
 * Segments `range` of `text` once, keeping each of `spans` (text offsets: the speech's own slogans
 * and meetings) as one word, and keeps the candidate keywords with their offsets. Ids are local to
 * the call: no state outlives it, so the result depends on the input alone.
 */
export function termTokens(text: string, range: TextRange, spans: readonly TextRange[] = []): TermTokens {
  const inside = spans
    .filter((s) => s.start >= range.start && s.end <= range.end)
    .map((s) => ({ start: s.start - range.start, end: s.end - range.start }));
  const part = text.slice(range.start, range.end);
  const boundary = keptBoundaries(part, inside);
  const table = idfTable();
  const stop = stopwords();
  // Words are numbered by their characters in place; single characters are never candidates, so
  // they are skipped before any look-up. Verdict per distinct word: its local id, or -1.
  const distinct = new SubstringIds(part, (part.length >> 1) + 1);
  const localOf: number[] = [];
  const vocab: string[] = [];
  const idfs: number[] = [];
  const ids = new Int32Array(part.length >> 1);
  const starts = new Int32Array(ids.length);
  let n = 0;
  for (let from = 0, i = 1; i <= part.length; i++) {
    if (boundary[i] === 0) continue;
    const start = from;
    from = i;
    if (i - start < 2) continue;
    const word = distinct.idOf(start, i);
    if (word === localOf.length) {
      const written = part.slice(start, i);
      const id = isTermCandidate(written, stop) ? vocab.length : -1;
      localOf.push(id);
      if (id >= 0) {
        vocab.push(written);
        idfs.push(table.get(written) ?? table.median);
      }
    }
    const id = localOf[word]!;
    if (id < 0) continue;
    ids[n] = id;
    starts[n] = range.start + start;
    n++;
  }
  return { vocab, idf: Float64Array.from(idfs), ids: ids.subarray(0, n), starts: starts.subarray(0, n) };
}

/**
 * The tokens [from, to) of `tokens` with a vocabulary of their own words only, numbered in the
 * order of the original ids, so rankings that break ties by id break them alike: ranking a section
 * then costs its own words rather than the whole speech's vocabulary, with the same scores.
 */
export function rangeTokens(tokens: TermTokens, from: number, to: number): TermTokens {
  const ids = tokens.ids.subarray(from, Math.max(from, to));
  const renumbered = new Int32Array(tokens.vocab.length).fill(-1);
  for (let i = 0; i < ids.length; i++) renumbered[ids[i]!] = 0;
  const vocab: string[] = [];
  const idfs: number[] = [];
  for (let v = 0; v < renumbered.length; v++) {
    if (renumbered[v]! < 0) continue;
    renumbered[v] = vocab.length;
    vocab.push(tokens.vocab[v]!);
    idfs.push(tokens.idf[v]!);
  }
  return { vocab, idf: Float64Array.from(idfs), ids: ids.map((v) => renumbered[v]!), starts: tokens.starts.subarray(from, Math.max(from, to)) };
}
