import { describe, expect, it } from 'vitest';
import { textRank } from './textRank.js';

describe('textRank', () => {
  it('ranks the word that co-occurs with everything highest, scaled to 1', () => {
    // 0 = 改革 between every other word.
    const scores = textRank(Int32Array.from([0, 1, 0, 2, 0, 3, 0, 4]), 5);
    expect(scores[0]).toBe(1);
    for (const v of [1, 2, 3, 4]) expect(scores[v]!).toBeLessThan(1);
  });

  it('respects the window: words farther apart than the window are not linked', () => {
    const scores = textRank(Int32Array.from([0, 1, 2]), 3, 2);
    // 0 and 2 each have one neighbour; 1 has two.
    expect(scores[1]).toBe(1);
    expect(scores[0]).toBeCloseTo(scores[2]!);
  });

  it('gives 0 to words that do not occur and returns zeros for no tokens', () => {
    expect(textRank(Int32Array.from([0, 1]), 3)[2]).toBe(0);
    expect([...textRank(new Int32Array(0), 2)]).toEqual([0, 0]);
  });
});
