import { describe, expect, it } from 'vitest';
import { givenFields, givenPlace, parseGivenMetadata } from './givenMetadata.js';

describe('given metadata under the gold files’ keys', () => {
  it('reads every key, drops nulls and blanks, ignores file and notes', () => {
    const given = parseGivenMetadata({
      file: 'a.txt',
      _notes: 'anything',
      title: ' 政府工作报告 ',
      venue: '第十四届全国人民代表大会第二次会议',
      date: '2024-03-05',
      speaker: { name: '李　强', role: '国务院总理' },
      genre: 'WORK_REPORT',
      level: 'central',
      place: null,
    });
    expect(given).toEqual({
      title: '政府工作报告',
      venue: '第十四届全国人民代表大会第二次会议',
      date: '2024-03-05',
      speaker: { name: '李强', role: '国务院总理' },
      genre: 'work_report',
      level: 'central',
    });
    expect(givenFields(given)).toEqual(['title', 'venue', 'date', 'speaker', 'genre', 'level']);
  });

  it('resolves a place by official name or code, with the places it lies in', () => {
    expect(givenPlace('中华人民共和国')).toEqual({ code: '100000', name: '中华人民共和国', level: 'central', within: [] });
    expect(givenPlace('320583').within.map((p) => p.name)).toEqual(['苏州市', '江苏省', '中华人民共和国']);
    expect(parseGivenMetadata({ place: '上海市' }).place?.code).toBe('310000');
  });

  it.each([
    [{ place: '朝阳区' }, 'names 2 divisions'],
    [{ place: '火星' }, 'is not a code or official name'],
    [{ genre: 'poem' }, 'genre "poem" is not one of'],
    [{ level: 'national' }, 'level "national" is not one of'],
    [{ date: '1954-09-31' }, 'has no day 31'],
    [{ speaker: { role: '省长' } }, 'speaker needs a name'],
    [{ speaker: { name: '甲', office: '省长' } }, 'unknown keys: office'],
    [{ title: 'a\nb' }, 'title must be one line'],
    [{ author: '甲' }, 'unknown keys: author'],
  ])('refuses %j', (record, message) => {
    expect(() => parseGivenMetadata(record)).toThrow(message);
  });
});
