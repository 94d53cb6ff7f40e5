import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { speechRows } from '../write/speechRows.js';
import { CooccurrenceTally, cypherLess } from './tally.js';

// The import's in-memory co-occurrence must count what cooccursDelta.cypher counts; the
// integration test compares whole graphs, these pin the unit rules on the shortest text.
const TEXT = '在全县干部大会上的讲话\n\n一、坚持党的领导\n我们要增强“四个意识”，做到“两个维护”。坚定“四个自信”。\n二、推进改革\n深化“放管服”改革，增强“四个意识”。\n';

describe('CooccurrenceTally', () => {
  const tally = new CooccurrenceTally();
  tally.add(speechRows(extractSpeech({ text: TEXT, source: 'tally.txt' })));
  const pair = (a: string, b: string) => tally.allPairs().find((p) => p.a === a && p.b === b);

  it('counts units per scope: the speech, its top-level sections, its sentences', () => {
    expect(tally.totals).toEqual({ speeches: 1, sections: 2, sentences: 6 });
    expect(tally.countsOf('四个意识')).toEqual({ speeches: 1, sections: 2, sentences: 2 });
    expect(tally.countsOf('放管服')).toEqual({ speeches: 1, sections: 1, sentences: 1 });
  });

  it('counts a pair in each unit holding both, pointing from the smaller name', () => {
    expect(pair('两个维护', '四个意识')).toEqual({ a: '两个维护', b: '四个意识', speeches: 1, sections: 1, sentences: 1 });
    expect(pair('两个维护', '四个自信')).toMatchObject({ speeches: 1, sections: 1, sentences: 0 });
    expect(pair('两个维护', '放管服')).toMatchObject({ speeches: 1, sections: 0, sentences: 0 });
    expect(pair('四个意识', '两个维护')).toBeUndefined();
    expect(tally.allPairs()).toHaveLength(6);
  });

  it('lists every slogan with its unit counts (what the writer sends as one batch\'s delta)', () => {
    const names = tally.allSlogans().map((s) => s.name).sort();
    expect(names).toEqual(['两个维护', '四个意识', '四个自信', '放管服']);
    expect(tally.allSlogans().find((s) => s.name === '四个意识')).toEqual({ name: '四个意识', speeches: 1, sections: 2, sentences: 2 });
  });

  it('sums speeches: two texts give the totals and counts of both', () => {
    const two = new CooccurrenceTally();
    two.add(speechRows(extractSpeech({ text: TEXT, source: 'a.txt' })));
    two.add(speechRows(extractSpeech({ text: `${TEXT}再见。\n`, source: 'b.txt' })));
    expect(two.totals).toEqual({ speeches: 2, sections: 4, sentences: 13 });
    expect(two.countsOf('四个意识')).toEqual({ speeches: 2, sections: 4, sentences: 4 });
    expect(two.allPairs().find((p) => p.a === '两个维护' && p.b === '四个意识')).toMatchObject({ speeches: 2, sections: 2, sentences: 2 });
  });
});

describe('cypherLess', () => {
  it('orders by code point, as Cypher does, where UTF-16 order differs', () => {
    // U+20000 (a CJK Extension B character) is after U+FF01 by code point, before it by UTF-16 unit.
    expect(cypherLess('\uFF01', '\u{20000}')).toBe(true);
    expect(cypherLess('\u{20000}', '\uFF01')).toBe(false);
    expect(cypherLess('两个维护', '四个意识')).toBe('两个维护' < '四个意识');
    expect(cypherLess('四个', '四个意识')).toBe(true);
  });
});
