import { describe, expect, it } from 'vitest';
import { tfidf } from './tfidf.js';

describe('tfidf', () => {
  const table = { idf: new Map([['发展', 2], ['营商', 8]]), median: 5 };

  it('weights by count share times idf, unknown words at the median', () => {
    const r = tfidf(['发展', '发展', '营商', '都市圈'], table);
    expect(r.get('发展')).toEqual({ count: 2, weight: 0.5 * 2 });
    expect(r.get('营商')).toEqual({ count: 1, weight: 0.25 * 8 });
    expect(r.get('都市圈')).toEqual({ count: 1, weight: 0.25 * 5 });
  });
});
