import { describe, expect, it } from 'vitest';
import { topK } from './topK.js';

describe('topK', () => {
  it.each([
    [[0.1, 0.5, 0.3, 0.9, 0.2], 3, [3, 1, 2]],
    [[0.1, 0.5], 5, [1, 0]],
    [[0, -1, 0.4], 3, [2]],
    [[0.2, 0.2, 0.1], 2, [0, 1]],
    [[0.3, 0.1], 0, []],
  ])('topK(%j, %i) → %j', (scores, k, expected) => {
    expect(topK(Float64Array.from(scores), k)).toEqual(expected);
  });

  it('agrees with a full sort on random scores', () => {
    const scores = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 1000) / 1000 + 0.001);
    const sorted = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, 20);
    expect(topK(scores, 20)).toEqual(sorted);
  });
});
