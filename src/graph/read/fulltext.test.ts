import { describe, expect, it } from 'vitest';
import { luceneQuery } from './fulltext.js';

describe('luceneQuery', () => {
  it.each([
    ['两个维护', '两个维护'],
    ['  四个  意识 ', '四个 意识'],
    ['a+b', 'a\\+b'],
    ['"quoted" (x) OR y*', '\\"quoted\\" \\(x\\) or y\\*'],
    ['a/b:c', 'a\\/b\\:c'],
    ['', null],
    ['   ', null],
  ])('%j → %j', (input, expected) => expect(luceneQuery(input)).toBe(expected));
});
