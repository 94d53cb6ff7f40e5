import { describe, expect, it } from 'vitest';
import { findSlogans } from './findSlogans.js';
import { isOrdinalItem } from './shapedSlogans.js';

const locate = () => ({ sectionId: null, sentence: 0 });
const names = (text: string): string[] => findSlogans(text, { start: 0, end: text.length }, locate, []).map((s) => s.name);

describe('shaped numbered formulas', () => {
  it.each([
    ['五抓主题党日。\n六抓问题检视。', 8, '六抓', true],
    ['六抓问题检视。\n七抓业务融合。', 0, '六抓', true],
    ['落实六稳工作。', 2, '六稳', false], // not at a line start
    ['六稳工作要落实。', 0, '六稳', false], // no neighbouring item
  ])('ordinalItem: %s at %i', (text, start, name, expected) => {
    expect(isOrdinalItem(text, start, name)).toBe(expected);
  });

  it('finds 六稳工作 but not the sixth item of 一抓…十抓', () => {
    expect(names('做好六稳工作。')).toContain('六稳');
    expect(names('五抓主题党日。\n六抓问题检视。\n七抓业务融合。')).toEqual([]);
  });
});
