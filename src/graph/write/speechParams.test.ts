import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { twoSectionSpeech as speech } from '../../../test/support/twoSectionSpeech.js';
import { speechTallyUnits } from '../cooccurrence/tally.js';
import { speechRows } from './speechRows.js';
import { positionText, speechParams } from './speechParams.js';

const rows = speechRows(speech);
const write = speechParams(rows);
type Param = {
  speech: Record<string, unknown>;
  sections: Array<{ props: Record<string, unknown>; parent: number | null }>;
  slogans: Array<{ name: string; count: unknown; offsets: string; ends: string; sentences: string; sections: Array<{ section: number; count: unknown; offsets: string }> }>;
  sentenceStarts: string;
  sentenceEnds: string;
};
const param = write.param as Param;

/** Every driver Integer (or what one becomes in a structured clone, a {low, high} map) anywhere in a value. */
function integerObjects(value: unknown, path = '$'): string[] {
  if (isInt(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((x, i) => integerObjects(x, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if ('low' in value && 'high' in value) return [path];
  return Object.entries(value).flatMap(([k, x]) => integerObjects(x, `${path}.${k}`));
}

describe('speechParams', () => {
  it('is plain data that crosses a structured clone (worker to main thread) unchanged', () => {
    expect(integerObjects(write)).toEqual([]);
    expect(structuredClone(write)).toEqual(write);
  });

  it('sends each integer of the rows as a BigInt of the same value', () => {
    expect(param.speech.chars).toBe(BigInt(speech.text.length));
    expect(param.speech.sloganCount).toBe(BigInt(rows.slogans.length));
    expect(param.sections.map((s) => s.props.level)).toEqual([1n, 2n, 1n]);
    expect(param.slogans.map((s) => s.count)).toEqual(rows.slogans.map((s) => BigInt(s.count.toNumber())));
    expect(param.speech.text).toBe(speech.text);
  });

  it('sends every position list as its numbers in decimal, comma-separated, in order', () => {
    const numbers = (text: string): number[] => (text === '' ? [] : text.split(',').map(Number));
    expect(param.slogans.map((s) => [numbers(s.offsets), numbers(s.ends), numbers(s.sentences)])).toEqual(rows.slogans.map((s) => [s.offsets, s.ends, s.sentences]));
    expect(param.slogans.map((s) => s.sections.map((m) => numbers(m.offsets)))).toEqual(rows.slogans.map((s) => s.sections.map((m) => m.offsets)));
    expect([numbers(param.sentenceStarts), numbers(param.sentenceEnds)]).toEqual([rows.sentenceStarts, rows.sentenceEnds]);
    expect(param.sentenceStarts).toMatch(/^\d+(,\d+)*$/);
  });

  it('sends an empty position list as empty text', () => {
    expect(positionText([])).toBe('');
    expect(positionText([7])).toBe('7');
    expect(positionText([0, 12, 345])).toBe('0,12,345');
  });

  it('refers to sections by their position in the list (a parent, the section of a mention)', () => {
    expect(param.sections.map((s) => [s.props.id, s.parent])).toEqual([
      [rows.sections[0]!.id, null],
      [rows.sections[1]!.id, 0],
      [rows.sections[2]!.id, null],
    ]);
    const slogan = rows.slogans.find((s) => s.name === '四个意识')!;
    const sent = param.slogans.find((s) => s.name === '四个意识')!;
    expect(sent.sections.map((m) => rows.sections[m.section]!.id)).toEqual(slogan.sections.map((m) => m.section));
  });

  it('leaves out a section mention whose section the speech does not have', () => {
    const slogan = rows.slogans.find((s) => s.name === '四个意识')!;
    const stray = { ...rows, slogans: rows.slogans.map((s) => (s === slogan ? { ...s, sections: [...s.sections, { ...s.sections[0]!, section: 'elsewhere:s9' }] } : s)) };
    const sent = (speechParams(stray).param as Param).slogans.find((s) => s.name === '四个意识')!;
    expect(sent.sections).toHaveLength(slogan.sections.length);
  });

  it('carries what the co-occurrence delta and the outcome need', () => {
    expect(write).toMatchObject({ id: rows.speech.id, source: '/x/a.txt', mentionCount: rows.mentionCount });
    expect(write.tally).toEqual(speechTallyUnits(rows));
  });
});
