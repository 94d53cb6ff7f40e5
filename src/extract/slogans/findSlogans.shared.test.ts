import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, SloganFinding } from '../types.js';
import { findSlogans } from './findSlogans.js';

// Sentence = number of 。 before the offset; section = "s1" after the first line break, else null.
const locatorFor =
  (text: string): Locator =>
  (offset) => ({
    sectionId: text.lastIndexOf('\n', offset - 1) >= 0 ? 's1' : null,
    sentence: (text.slice(0, offset).match(/。/g) ?? []).length,
  });

const find = (text: string): SloganFinding[] => findSlogans(text, { start: 0, end: text.length }, locatorFor(text));
const names = (found: SloganFinding[]): string[] => found.map((s) => s.name);

describe('findSlogans on ../shared/corpus', () => {
  const corpus = new URL('../../../../shared/corpus/', import.meta.url);
  const read = (name: string): string => readFileSync(new URL(name, corpus), 'utf8');

  it.each([
    ['000_79fa9dd258326557.txt'],
    ['001_4498cc3420e9e7af.txt'],
    ['002_d98cb264ccbe408f.txt'],
    ['004_fd46211088a2c3db.txt'],
  ])('%s mentions 四个意识 and 两个维护', (file) => {
    expect(names(find(read(file)))).toEqual(expect.arrayContaining(['四个意识', '两个维护']));
  });

  it('finds 两个坚决维护 as 两个维护 and the unquoted 四个意识 in 004', () => {
    const text = read('004_fd46211088a2c3db.txt');
    const found = find(text);
    expect(found.find((s) => s.name === '两个维护')?.variants).toContain('两个坚决维护');
    const mention = found.find((s) => s.name === '四个意识')?.mentions[0];
    expect(mention && text[mention.start - 1]).not.toBe('“');
  });
});
