import { describe, expect, it } from 'vitest';
import { contentEnd, contentStart, splitLines } from './lines.js';

describe('contentStart and contentEnd', () => {
  it.each([
    ['讲话', '讲话'],
    ['  讲话  ', '讲话'],
    ['\u3000\u3000讲 话\u3000\u00a0\t', '讲 话'],
    ['\ufeff讲话\r', '讲话'],
    ['   ', ''],
    ['', ''],
  ])('%j has the content %j', (text, content) => {
    const [line] = splitLines(`前\n${text}`).slice(1);
    const start = contentStart(line!);
    const end = Math.max(start, contentEnd(line!));
    expect(`前\n${text}`.slice(start, end)).toBe(content);
  });
});
