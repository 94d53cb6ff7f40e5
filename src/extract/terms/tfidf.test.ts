import { describe, expect, it } from 'vitest';
import { tfidf } from './tfidf.js';

describe('tfidf', () => {
  it('weights by count share times idf; absent ids weigh 0', () => {
    const idf = Float64Array.from([2, 8, 5, 9]);
    const { counts, weights } = tfidf(Int32Array.from([0, 0, 1, 2]), idf);
    expect([...counts]).toEqual([2, 1, 1, 0]);
    expect([...weights]).toEqual([0.5 * 2, 0.25 * 8, 0.25 * 5, 0]);
  });
});
