import { describe, expect, it } from 'vitest';
import { SubstringIds } from './substringIds.js';

describe('SubstringIds', () => {
  it.each([
    ['改革发展改革', [[0, 2], [2, 4], [4, 6]], [0, 1, 0]],
    ['改革改', [[0, 2], [0, 1], [2, 3]], [0, 1, 1]], // a prefix is a substring of its own
    ['abab', [[0, 2], [1, 3], [2, 4]], [0, 1, 0]],
    ['', [[0, 0], [0, 0]], [0, 0]],
  ] as const)('numbers the substrings of %s by their characters in order of first asking', (text, ranges, expected) => {
    const ids = new SubstringIds(text, ranges.length);
    expect(ranges.map(([s, e]) => ids.idOf(s, e))).toEqual(expected);
    expect(ids.size).toBe(new Set(expected).size);
  });

  it('stays right when more substrings come than it was sized for and slots collide', () => {
    const text = Array.from({ length: 500 }, (_, i) => String.fromCharCode(0x4e00 + (i % 97), 0x4e00 + (i % 89))).join('');
    const ids = new SubstringIds(text, 1);
    const byWord = new Map<string, number>();
    for (let i = 0; i + 2 <= text.length; i += 2) {
      const word = text.slice(i, i + 2);
      if (!byWord.has(word)) byWord.set(word, byWord.size);
      expect(ids.idOf(i, i + 2)).toBe(byWord.get(word));
    }
  });
});
