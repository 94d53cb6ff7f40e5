import { describe, expect, it } from 'vitest';
import { lexiconIndex } from './lexiconIndex.js';
import { runSloganFinders, type SloganFinder } from './sloganContext.js';
import { sloganLexicon } from './sloganLexicon.js';

const text = '坚持两个确立和四个意识';
const lex = sloganLexicon();
const input = { text, body: { start: 2, end: text.length }, sections: [], lex, index: lexiconIndex(lex) };
const reportAt = (start: number, end: number): SloganFinder => ({ isFree, report }) => {
  if (isFree(start, end)) report({ name: text.slice(start, end), kind: 'NUMBERED', start, end });
};

describe('runSloganFinders', () => {
  it('marks a reported range for later stages only', () => {
    const hits = runSloganFinders(input, [[reportAt(2, 6), reportAt(3, 6)], [reportAt(2, 6), reportAt(7, 11)]]);
    expect(hits.map((h) => h.name)).toEqual(['两个确立', '个确立', '四个意识']);
  });

  it('shows earlier stages their hits and takes blocked ranges at once', () => {
    const seen: number[] = [];
    const block: SloganFinder = (c) => c.block({ start: 7, end: 11 });
    const count: SloganFinder = (c) => void seen.push(c.hits.length);
    const hits = runSloganFinders(input, [[reportAt(2, 6)], [block, reportAt(7, 11), count]]);
    expect(hits.map((h) => h.name)).toEqual(['两个确立']);
    expect(seen).toEqual([1]);
  });
});
