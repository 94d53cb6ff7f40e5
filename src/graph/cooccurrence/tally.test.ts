import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { speechRows } from '../write/speechRows.js';
import { SliceTally } from './sliceTally.js';
import { CooccurrenceTally, cypherLess, speechTallyUnits, weightMillionths } from './tally.js';

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

  it('lists every slogan with its unit counts and mentions (what the writer sends as one batch\'s delta)', () => {
    const names = tally.allSlogans().map((s) => s.name).sort();
    expect(names).toEqual(['两个维护', '四个意识', '四个自信', '放管服']);
    expect(tally.allSlogans().find((s) => s.name === '四个意识')).toEqual({ name: '四个意识', speeches: 1, sections: 2, sentences: 2, mentions: 2 });
  });

  it('sums speeches: two texts give the totals and counts of both', () => {
    const two = new CooccurrenceTally();
    two.add(speechRows(extractSpeech({ text: TEXT, source: 'a.txt' })));
    two.add(speechRows(extractSpeech({ text: `${TEXT}再见。\n`, source: 'b.txt' })));
    expect(two.totals).toEqual({ speeches: 2, sections: 4, sentences: 13 });
    expect(two.countsOf('四个意识')).toEqual({ speeches: 2, sections: 4, sentences: 4 });
    expect(two.mentionsOf('四个意识')).toBe(4);
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

describe('list totals', () => {
  const speech = (meetings: string[], places: string[], terms: Array<[string, number, number]>) => ({
    speech: { sentenceCount: 1, date: null, level: null },
    sections: [],
    slogans: [],
    meetings: meetings.map((key) => ({ key })),
    terms: terms.map(([name, count, weight]) => ({ name, count, weight })),
    places: places.map((code) => ({ code, level: 'county' })),
  });

  it('counts speeches per meeting and per place of the chain, and sums term mentions and weights in whole millionths', () => {
    const tally = new CooccurrenceTally();
    tally.add(speech(['十九届五中全会'], ['320581', '320500', '320000', '100000'], [['营商环境', 3, 0.25], ['乡村振兴', 1, 0.1]]));
    tally.add(speech(['十九届五中全会', '中央经济工作会议'], ['320000', '100000'], [['营商环境', 2, 0.0000015]]));
    const totals = tally.allListTotals();
    expect(totals.meetings).toEqual([{ key: '十九届五中全会', speeches: 2 }, { key: '中央经济工作会议', speeches: 1 }]);
    expect(totals.places).toEqual([
      { code: '320581', speeches: 1 },
      { code: '320500', speeches: 1 },
      { code: '320000', speeches: 2 },
      { code: '100000', speeches: 2 },
    ]);
    expect(totals.terms).toEqual([{ name: '营商环境', mentions: 5, weight: 250002 }, { name: '乡村振兴', mentions: 1, weight: 100000 }]);
  });

  it('takes them from the rows the writer writes', () => {
    const rows = speechRows(extractSpeech({ text: TEXT, source: 'totals.txt' }));
    const tally = new CooccurrenceTally();
    tally.add(rows);
    expect(tally.allListTotals().terms).toHaveLength(rows.terms.length);
    expect(rows.terms.length).toBeGreaterThan(0);
  });

  it('rounds a weight to whole millionths', () => {
    expect(weightMillionths(0.25)).toBe(250000);
    expect(weightMillionths(0.0000015)).toBe(2);
  });
});

describe('SliceTally', () => {
  const dated = (date: string, source: string) => {
    const rows = speechRows(extractSpeech({ text: TEXT, source }));
    return speechTallyUnits({ ...rows, speech: { ...rows.speech, date, level: 'county' } });
  };

  it('adds each speech to its slices: totals, slogan units and mentions, pairs in year and province slices', () => {
    const slices = new SliceTally();
    slices.addUnits(dated('2021-03-01', 'a.txt'));
    slices.addUnits(dated('2021', 'b.txt'));
    expect(slices.allTotals().find((t) => t.slice === 'year:2021')).toEqual({ slice: 'year:2021', speeches: 2, sections: 4, sentences: 12 });
    expect(slices.allTotals().find((t) => t.slice === 'month:2021-03')).toEqual({ slice: 'month:2021-03', speeches: 1, sections: 2, sentences: 6 });
    expect(slices.allSlogans().find((s) => s.slice === 'level:county|year:2021' && s.name === '四个意识')).toEqual({
      slice: 'level:county|year:2021', name: '四个意识', speeches: 2, mentions: 4, sections: 4, sentences: 4,
    });
    expect(slices.allPairs().filter((p) => p.slice === 'year:2021')).toHaveLength(6);
    expect(slices.allPairs().find((p) => p.slice === 'year:2021' && p.a === '两个维护' && p.b === '四个意识')).toMatchObject({ speeches: 2, sections: 2, sentences: 2 });
    expect(slices.allPairs().some((p) => p.slice.startsWith('month:') || p.slice.startsWith('level:'))).toBe(false);
  });
});
