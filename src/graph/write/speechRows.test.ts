import { describe, expect, it } from 'vitest';
import { twoSectionSpeech as speech } from '../../../test/support/twoSectionSpeech.js';
import type { ExtractedSpeech } from '../../extract/types.js';
import { sectionNodeId, sentenceAt, speechIdOf, speechRows } from './speechRows.js';

const rows = speechRows(speech);
const num = (x: unknown): number => (typeof x === 'number' ? x : (x as { toNumber(): number }).toNumber());

describe('speechRows', () => {
  it('derives the speech id from the content hash', () => {
    expect(rows.speech.id).toBe(speech.sha256.slice(0, 16));
    expect(speechIdOf('ABCDEF0123456789ffff')).toBe('abcdef0123456789');
  });

  it('gives sections global ids and links children to parents', () => {
    expect(rows.sections.map((s) => [s.id, s.parent])).toEqual([
      [sectionNodeId(rows.speech.id, 's1'), null],
      [sectionNodeId(rows.speech.id, 's2'), sectionNodeId(rows.speech.id, 's1')],
      [sectionNodeId(rows.speech.id, 's3'), null],
    ]);
    expect(num(rows.sections[1]!.props.level)).toBe(2);
  });

  it.each([
    // [slogan, speech-level count, sections holding it with their counts, variants]
    ['四个意识', 2, { s1: 1 }, []],
    ['两个维护', 2, { s1: 1, s3: 1 }, ['两个坚决维护']],
    ['六稳', 1, { s2: 1 }, []],
  ] as const)('counts %s in the speech and in its innermost sections', (name, count, sections, variants) => {
    const row = rows.slogans.find((s) => s.name === name)!;
    expect(num(row.count)).toBe(count);
    expect(row.offsets).toHaveLength(count);
    expect(row.offsets).toEqual([...row.offsets].sort((a, b) => a - b));
    expect(row.offsets.map((o, i) => speech.text.slice(o, row.ends[i]))).toEqual(speech.slogans.find((s) => s.name === name)!.mentions.map((m) => m.text));
    expect(row.sentences.map((i, k) => sentenceAt(speech.sentences, row.offsets[k]!) === i)).not.toContain(false);
    expect(Object.fromEntries(row.sections.map((s) => [s.section.split(':')[1], num(s.count)]))).toEqual(sections);
    expect(row.variants).toEqual(variants);
  });

  it('keeps a mention before the first heading at speech level only', () => {
    const row = rows.slogans.find((s) => s.name === '四个意识')!;
    expect(num(row.count)).toBe(2);
    expect(row.sections.reduce((n, s) => n + num(s.count), 0)).toBe(1);
  });

  it('writes the terms\' own mentions, in the body and in each top-level section, count = mentions', () => {
    const term = rows.terms.find((t) => t.name === '营商环境')!;
    expect(term.offsets.map((o, i) => speech.text.slice(o, term.ends[i]))).toEqual(['营商环境', '营商环境']);
    expect(num(term.count)).toBe(term.offsets.length);
    expect(term.sections.map((s) => [s.section.split(':')[1], s.offsets.length, num(s.count)])).toEqual([['s1', 1, 1], ['s3', 1, 1]]);
  });

  it('links the venue only when it is one of the meetings, with the speech-scoped key of an anonymised meeting', () => {
    expect(rows.venueKey).toBe(`${rows.speech.id}:县委×届×次全会`);
    expect(speechRows({ ...speech, venueKey: 'nowhere' }).venueKey).toBeNull();
  });

  it('merges findings that share a key into one row', () => {
    const twice: ExtractedSpeech = { ...speech, persons: [...speech.persons, { name: '张三', count: 1, mentions: [speech.slogans[0]!.mentions[0]!] }, { name: '张三', count: 1, mentions: [speech.slogans[1]!.mentions[0]!] }] };
    const merged = speechRows(twice).persons.filter((p) => p.name === '张三');
    expect(merged).toHaveLength(1);
    expect(num(merged[0]!.count)).toBe(2);
  });

  it('counts every MENTIONS relationship it will create', () => {
    const lists = [rows.slogans, rows.meetings, rows.persons, rows.documents, rows.terms] as Array<Array<{ sections: unknown[] }>>;
    expect(rows.mentionCount).toBe(lists.reduce((n, l) => n + l.length + l.reduce((m, r) => m + r.sections.length, 0), 0));
  });
});

describe('sentenceAt', () => {
  const sentences = [{ start: 0, end: 5 }, { start: 5, end: 9 }, { start: 12, end: 20 }];
  it.each([
    [0, 0], [4, 0], [5, 1], [8, 1], [10, -1], [12, 2], [19, 2], [20, -1],
  ])('offset %i is in sentence %i', (offset, index) => {
    expect(sentenceAt(sentences, offset)).toBe(index);
  });
});

describe('speechRows: given metadata', () => {
  it('stores no list when nothing was given (the import cannot write an empty one), the fields and their hash when something was', () => {
    expect(rows.speech).toMatchObject({ givenFields: null, givenSha256: null });
    expect(speechRows(speech, { givenFields: ['date', 'place'], givenSha256: 'abc' }).speech).toMatchObject({ givenFields: ['date', 'place'], givenSha256: 'abc' });
    expect(speechRows(speech, { givenFields: [], givenSha256: 'abc' }).speech).toMatchObject({ givenFields: null, givenSha256: null });
  });
});

describe('speechRows: the country as root place', () => {
  it('stores a central speech from the country, none older than it, and a given place as given', () => {
    const central = { ...speech, level: 'central' as const, place: null, date: '2024-03-05' };
    expect(speechRows(central).places).toEqual([{ code: '100000', name: '中华人民共和国', level: 'central', parent: null }]);
    expect(speechRows({ ...central, date: '1921' }).places).toEqual([]);
    const given = { code: '320000', name: '江苏省', level: 'provincial' as const, within: [{ code: '100000', name: '中华人民共和国', level: 'central' as const }] };
    expect(speechRows({ ...central, date: '1921', place: given }, { givenFields: ['place'], givenSha256: 'x' }).places.map((p) => p.code)).toEqual(['320000', '100000']);
  });
});
