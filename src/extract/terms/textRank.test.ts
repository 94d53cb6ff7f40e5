import { describe, expect, it } from 'vitest';
import { textRank } from './textRank.js';

describe('textRank', () => {
  it('ranks the word that co-occurs with everything highest, scaled to 1', () => {
    const words = ['改革', '发展', '改革', '稳定', '改革', '创新', '改革', '开放'];
    const scores = textRank(words);
    expect(scores.get('改革')).toBe(1);
    for (const w of ['发展', '稳定', '创新', '开放']) expect(scores.get(w)!).toBeLessThan(1);
  });

  it('respects the window: words farther apart than the window are not linked', () => {
    const scores = textRank(['甲乙', '丙丁', '戊己'], 2);
    // 甲乙 and 戊己 each have one neighbour; 丙丁 has two.
    expect(scores.get('丙丁')).toBe(1);
    expect(scores.get('甲乙')).toBeCloseTo(scores.get('戊己')!);
  });

  it('returns nothing for no words', () => {
    expect(textRank([]).size).toBe(0);
  });
});
