import { describe, expect, it } from 'vitest';
import { isTermCandidate, rangeTokens, termTokens, type TermTokens } from './termTokens.js';
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

describe('isTermCandidate on CJK words', () => {
  const stop = stopwords();
  // The tests the function ran on every word before it took CJK-only words by a shortcut.
  const byPatterns = (w: string): boolean =>
    w.length >= 2 &&
    /[\u3400-\u9fffA-Za-z]/.test(w) &&
    !/^[\p{P}\p{S}\s]+$/u.test(w) &&
    !/[×＊*]|^[XＸx]+$/.test(w) &&
    !/^(?:[\d０-９.．%％,，]+|第?[一二两三四五六七八九十百千万亿〇零]+[个是要次年月日天位名项条点届种批些期大]?)$/.test(w) &&
    !stop.has(w);
  it.each([['营商环境'], ['十九'], ['第一'], ['两个'], ['三是'], ['五年'], ['我们'], ['一'], ['龟兔'], ['\u4e00\u9fff'], ['\u4dff\u4e00'], ['改革×'], ['大'], ['一大']])(
    '%s as the patterns say',
    (w) => {
      expect(isTermCandidate(w, stop)).toBe(byPatterns(w));
    },
  );
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

describe('rangeTokens', () => {
  // Five tokens over the words a, b, c, d (ids 0..3).
  const tokens: TermTokens = {
    vocab: ['a', 'b', 'c', 'd'],
    idf: Float64Array.from([1, 2, 3, 4]),
    ids: Int32Array.from([3, 1, 3, 0, 2]),
    starts: Int32Array.from([0, 10, 20, 30, 40]),
  };
  const plain = (t: TermTokens) => ({ vocab: t.vocab, idf: [...t.idf], ids: [...t.ids], starts: [...t.starts] });
  it.each([
    [0, 5, { vocab: ['a', 'b', 'c', 'd'], idf: [1, 2, 3, 4], ids: [3, 1, 3, 0, 2], starts: [0, 10, 20, 30, 40] }],
    [0, 3, { vocab: ['b', 'd'], idf: [2, 4], ids: [1, 0, 1], starts: [0, 10, 20] }], // renumbered in the old order
    [3, 4, { vocab: ['a'], idf: [1], ids: [0], starts: [30] }],
    [2, 2, { vocab: [], idf: [], ids: [], starts: [] }],
  ] as const)('tokens [%i, %i) keep their own words', (from, to, expected) => {
    expect(plain(rangeTokens(tokens, from, to))).toEqual(expected);
  });
});
