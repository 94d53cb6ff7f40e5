import { describe, expect, it } from 'vitest';
import { pairRanges, sentenceAround, snippetOf } from './sentenceAround.js';

describe('pairRanges', () => {
  it.each([
    [null, []],
    [[], []],
    [[1, 3], [{ start: 1, end: 3 }]],
    [[1, 3, 7, 9, 11], [{ start: 1, end: 3 }, { start: 7, end: 9 }]],
  ])('%j → %j', (flat, expected) => {
    expect(pairRanges(flat as number[] | null)).toEqual(expected);
  });
});

describe('sentenceAround', () => {
  const text = '第一句话。要增强“四个意识”，做到“两个维护”！\n  三、标题行\n最后';
  it.each([
    ['四个意识', '要增强“四个意识”，做到“两个维护”！'],
    ['第一', '第一句话。'],
    ['标题', '三、标题行'],
    ['最后', '最后'],
  ])('finds the sentence around %s', (needle, sentence) => {
    const start = text.indexOf(needle);
    const r = sentenceAround(text, start, start + needle.length);
    expect(text.slice(r.start, r.end)).toBe(sentence);
  });
});

describe('snippetOf', () => {
  const text = '前文。要增强“四个意识”。后文。';
  const start = text.indexOf('四个意识');
  const mention = { start, end: start + 4 };
  it('uses the stored sentence range when it contains the mention', () => {
    const s = snippetOf(text, mention, { start: 3, end: 13 });
    expect(s.sentence).toBe('要增强“四个意识”。');
    expect(s.sentence.slice(s.start, s.end)).toBe('四个意识');
    expect(s.text).toBe('四个意识');
  });
  it('falls back to scanning when the stored range does not contain it', () => {
    const s = snippetOf(text, mention, { start: 0, end: 3 });
    expect(s.sentence).toBe('要增强“四个意识”。');
    expect(s.sentence.slice(s.start, s.end)).toBe('四个意识');
  });
});
