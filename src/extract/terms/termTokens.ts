import type { TextRange } from '../types.js';
import { cut } from '../segment.js';
import { stopwords } from './stopwords.js';

/** Candidate keyword tokens of a text range in reading order, with their offsets into the text. */
export interface TermTokens {
  words: string[];
  starts: number[];
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

/** Segments `range` of `text` once and keeps the candidate keywords with their offsets. */
export function termTokens(text: string, range: TextRange): TermTokens {
  const stop = stopwords();
  const words: string[] = [];
  const starts: number[] = [];
  let offset = range.start;
  for (const word of cut(text.slice(range.start, range.end))) {
    if (isTermCandidate(word, stop)) {
      words.push(word);
      starts.push(offset);
    }
    offset += word.length;
  }
  return { words, starts };
}
