import { describe, expect, it } from 'vitest';
import { parseCircled, parseNumeral } from './numerals.js';

describe('parseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['两', 2], ['一百零五', 105],
    ['二〇三五', 2035], ['19', 19], ['１２', 12],
  ])('%s → %d', (s, n) => expect(parseNumeral(s)).toBe(n));

  it.each([['×'], ['X'], [''], ['十×'], ['个']])('%s is not a numeral', (s) => expect(parseNumeral(s)).toBeNull());

  it('reads circled numbers', () => {
    expect(parseCircled('①')).toBe(1);
    expect(parseCircled('⑳')).toBe(20);
    expect(parseCircled('a')).toBeNull();
  });
});
