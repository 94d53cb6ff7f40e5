import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../extract/extractSpeech.js';
import { applyGiven } from './applyGiven.js';
import { parseGivenMetadata } from './givenMetadata.js';

const report = extractSpeech({
  text: '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n',
  source: 'r.txt',
});
const headerless = extractSpeech({ text: '同志们：\n我们的党成立以来，团结全国人民。\n', source: 'h.txt' });

describe('given metadata wins', () => {
  it('keeps what the extractor found when nothing is given, a central text from the country', () => {
    const r = applyGiven(report);
    expect(r.given).toEqual([]);
    expect(Object.values(r.sources).every((s) => s === 'extracted')).toBe(true);
    expect(r.speech).toMatchObject({ title: '政府工作报告', date: '2024-03-05', level: 'central', speaker: { name: '李强', role: '国务院总理' } });
    expect(r.speech.place?.code).toBe('100000');
    expect(r.conflicts).toEqual([]);
  });

  it('replaces the given fields, records their source, and reports where they disagree', () => {
    const r = applyGiven(report, parseGivenMetadata({ title: '2024年政府工作报告', date: '2023-03-05', genre: 'work_report', speaker: { name: '李强' } }));
    expect(r.speech).toMatchObject({ title: '2024年政府工作报告', titleRange: null, date: '2023-03-05', genre: 'work_report', speaker: { name: '李强', role: null } });
    expect(r.sources).toEqual({ title: 'given', venue: 'extracted', date: 'given', speaker: 'given', genre: 'given', level: 'extracted', place: 'extracted' });
    expect(r.conflicts).toEqual([
      { field: 'title', given: '2024年政府工作报告', extracted: '政府工作报告' },
      { field: 'date', given: '2023-03-05', extracted: '2024-03-05' },
    ]);
  });

  it('takes a given year as agreeing with the full date the text prints', () => {
    const r = applyGiven(report, parseGivenMetadata({ date: '2024', level: 'central', place: '中华人民共和国' }));
    expect(r.speech.date).toBe('2024');
    expect(r.conflicts).toEqual([]);
  });

  it('gives no place to a central body older than the People’s Republic', () => {
    const r = applyGiven(headerless, parseGivenMetadata({ date: '1921', genre: 'party_report', level: 'central' }));
    expect(r.speech).toMatchObject({ date: '1921', level: 'central', place: null, genre: 'party_report' });
    expect(applyGiven(headerless, parseGivenMetadata({ date: '1969', level: 'central' })).speech.place?.name).toBe('中华人民共和国');
  });

  it('brings the level of a given place, and drops an extracted place of another level', () => {
    const r = applyGiven(report, parseGivenMetadata({ place: '江苏省' }));
    expect(r.speech).toMatchObject({ level: 'provincial', place: { code: '320000', within: [{ code: '100000' }] } });
    expect(r.given).toEqual(['level', 'place']);
    expect(r.conflicts).toEqual([{ field: 'place', given: '江苏省 (320000)', extracted: '中华人民共和国 (100000)' }]);
  });
});

describe('conflicts', () => {
  it('are not reported where the extractor found nothing (no title, no date, genre other)', () => {
    expect(headerless).toMatchObject({ title: '', date: null, genre: 'other' });
    const r = applyGiven({ ...headerless, genre: 'other' }, parseGivenMetadata({ date: '1921', genre: 'party_report', title: '中国共产党第一次全国代表大会报告' }));
    expect(r.conflicts).toEqual([]);
  });
});
