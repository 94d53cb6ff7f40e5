import type { TextRange } from '../types.js';
import { cut, idfTable } from '../segment.js';
import { stopwords } from './stopwords.js';

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
  return (
    word.length >= 2 &&
    HAS_WORD_CHAR.test(word) &&
    !PUNCT_OR_SPACE.test(word) &&
    !PLACEHOLDER.test(word) &&
    !NUMBER_LIKE.test(word) &&
    !stop.has(word)
  );
}

// Every distinct word gets a global id once, with its verdict (idf, or -1 when rejected), kept
// across speeches: one map lookup per token, and each word is tested only the first time.
const globalIds = new Map<string, number>();
let globalIdf = new Float64Array(1 << 14);
// Per-speech local id of each global id, valid when its stamp equals the current speech's stamp.
let localOf = new Int32Array(1 << 14);
let stampOf = new Int32Array(1 << 14);
let stamp = 0;

function grow(size: number): void {
  let cap = globalIdf.length;
  while (cap < size) cap *= 2;
  if (cap === globalIdf.length) return;
  const idf = new Float64Array(cap);
  idf.set(globalIdf);
  globalIdf = idf;
  const local = new Int32Array(cap);
  local.set(localOf);
  localOf = local;
  const stamps = new Int32Array(cap);
  stamps.set(stampOf);
  stampOf = stamps;
}

function globalId(word: string): number {
  let g = globalIds.get(word);
  if (g === undefined) {
    g = globalIds.size;
    grow(g + 1);
    const table = idfTable();
    globalIdf[g] = isTermCandidate(word, stopwords()) ? (table.idf.get(word) ?? table.median) : -1;
    globalIds.set(word, g);
  }
  return g;
}

/** Segments `range` of `text` once and keeps the candidate keywords with their offsets. */
export function termTokens(text: string, range: TextRange): TermTokens {
  const words = cut(text.slice(range.start, range.end));
  stamp++;
  const vocab: string[] = [];
  const idfs: number[] = [];
  const ids = new Int32Array(words.length);
  const starts = new Int32Array(words.length);
  let n = 0;
  let offset = range.start;
  for (const word of words) {
    if (word.length >= 2) {
      const g = globalId(word);
      const idf = globalIdf[g]!;
      if (idf >= 0) {
        if (stampOf[g] !== stamp) {
          stampOf[g] = stamp;
          localOf[g] = vocab.length;
          vocab.push(word);
          idfs.push(idf);
        }
        ids[n] = localOf[g]!;
        starts[n] = offset;
        n++;
      }
    }
    offset += word.length;
  }
  return { vocab, idf: Float64Array.from(idfs), ids: ids.subarray(0, n), starts: starts.subarray(0, n) };
}
