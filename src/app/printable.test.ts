import { describe, expect, it } from 'vitest';
import { printable, shown } from './printable.js';

describe('printable', () => {
  it.each([
    ['a plain name', '讲话.txt', '讲话.txt'],
    ['a newline that would forge a line', 'a\nnew      0123456789abcdef fake.txt', 'a\\nnew      0123456789abcdef fake.txt'],
    ['carriage return and tab', 'a\rb\tc', 'a\\rb\\tc'],
    ['terminal escape sequences', '\u001b[2Jx', '\\x1b[2Jx'],
    ['DEL and C1 controls', 'a\u007fb\u0085c', 'a\\x7fb\\x85c'],
    ['Unicode line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ])('%s', (_name, input, expected) => {
    expect(printable(input)).toBe(expected);
    expect(printable(input)).not.toMatch(/[\n\r]/);
  });
});

describe('shown', () => {
  it('keeps short text and cuts long text, saying how much was left out', () => {
    expect(shown('短标题')).toBe('短标题');
    const cut = shown('题'.repeat(1_000_000), 10);
    expect(cut).toBe(`${'题'.repeat(10)}… (+999990 characters)`);
  });
});
