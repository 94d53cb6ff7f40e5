import { describe, expect, it } from 'vitest';
import { cellText, displayWidth, formatCsv, formatJson, formatTable } from './formatRows.js';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('四个意识')).toBe(8);
    // curly quotes are narrow in terminals, the full-width comma is wide
    expect(displayWidth('“六稳”，')).toBe(1 + 2 + 2 + 1 + 2);
  });
});

describe('formatTable', () => {
  it('lines up Chinese and ASCII columns and counts rows', () => {
    const out = formatTable(['slogan', 'speeches'], [
      { slogan: '四个意识', speeches: 4 },
      { slogan: '六稳', speeches: 1 },
    ]);
    expect(out).toBe(
      [
        '+----------+----------+',
        '| slogan   | speeches |',
        '+----------+----------+',
        '| 四个意识 | 4        |',
        '| 六稳     | 1        |',
        '+----------+----------+',
        '2 rows',
        '',
      ].join('\n'),
    );
  });

  it('shows the header and "0 rows" for an empty answer', () => {
    expect(formatTable(['a'], [])).toBe('+---+\n| a |\n+---+\n0 rows\n');
  });

  it('cuts cells wider than 80 columns with an ellipsis and flattens line breaks', () => {
    const out = formatTable(['s'], [{ s: '字'.repeat(100) }, { s: 'a\nb' }]);
    const widest = Math.max(...out.split('\n').map(displayWidth));
    expect(widest).toBeLessThanOrEqual(84);
    expect(out).toContain('…');
    expect(out).toContain('| a b');
  });
});

describe('cellText', () => {
  it('prints null as empty, lists and maps as JSON', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(['a', 1])).toBe('["a",1]');
    expect(cellText({ n: 1 })).toBe('{"n":1}');
    expect(cellText(false)).toBe('false');
  });
});

describe('formatCsv / formatJson', () => {
  const rows = [{ a: 'x,"y"', b: 1 }, { a: null, b: 2 }];
  it('quotes fields with commas and quotes as RFC 4180 does', () => {
    expect(formatCsv(['a', 'b'], rows)).toBe('a,b\n"x,""y""",1\n,2\n');
  });
  it('keeps values typed in JSON, missing ones as null', () => {
    expect(JSON.parse(formatJson(['a', 'b'], rows))).toEqual([{ a: 'x,"y"', b: 1 }, { a: null, b: 2 }]);
  });
});
