import { describe, expect, it } from 'vitest';
import { isTermCandidate, termTokens } from './termTokens.js';
import { stopwords } from './stopwords.js';

describe('isTermCandidate', () => {
  const stop = stopwords();
  it.each([['营商环境'], ['都市圈'], ['四个意识'], ['六稳'], ['5G']])('%s is a candidate', (w) => {
    expect(isTermCandidate(w, stop)).toBe(true);
  });
  it.each([
    ['2035', 'number'],
    ['3.5%', 'number'],
    ['十九', 'numeral'],
    ['两个', 'counted quantity'],
    ['第一', 'ordinal'],
    ['三是', 'enumeration marker'],
    ['××', 'placeholder'],
    ['X', 'placeholder'],
    ['×市', 'placeholder'],
    ['我们', 'stop word'],
    ['的', 'single character'],
    ['，', 'punctuation'],
    ['  ', 'space'],
  ])('%s is not a candidate (%s)', (w) => {
    expect(isTermCandidate(w, stop)).toBe(false);
  });
});

describe('termTokens', () => {
  it('gives each kept word its offset in the text', () => {
    const text = '前言。优化营商环境，建设都市圈。';
    const range = { start: 3, end: text.length };
    const { vocab, ids, starts } = termTokens(text, range);
    const words = [...ids].map((id) => vocab[id]!);
    expect(words).toEqual(expect.arrayContaining(['营商环境', '都市圈']));
    words.forEach((w, i) => expect(text.slice(starts[i], starts[i]! + w.length)).toBe(w));
    expect(words).not.toContain('前言');
  });
});
