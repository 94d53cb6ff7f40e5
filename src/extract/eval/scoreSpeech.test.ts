import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';
import { overall, parseGold, scoreSpeech } from './scoreSpeech.js';

const TEXT = ['在全市作风建设大会上的讲话', '同志们：', '一、提高认识', '要学习省委十二届三次全会精神，增强“四个意识”。', '二、抓好落实'].join('\n');
const speech = extractSpeech({ text: TEXT, source: 't.txt' });

describe('scoreSpeech', () => {
  it('counts found and missed gold items and compares the title', () => {
    const gold = parseGold(
      {
        file: 't.txt',
        title: '在全市作风建设大会上的讲话',
        venue: '全市作风建设大会',
        numbered_slogans: ['四个意识', '两个维护'],
        not_slogans: ['四个意识'],
        meetings: ['省委十二届三次全会'],
        sections: [
          { level: 1, marker: '一、', heading: '提高认识' },
          { level: 1, marker: '二、', heading: '抓好落实' },
          { level: 1, marker: '三、', heading: '加强领导' },
        ],
      },
      'g.json',
    );
    const s = scoreSpeech(gold, speech);
    expect(s.slogans).toEqual({ expected: 2, found: 1, missed: ['两个维护'] });
    expect(s.meetings).toEqual({ expected: 1, found: 1, missed: [] });
    expect(s.sections).toEqual({ expected: 3, found: 2, missed: ['1|三、|加强领导'] });
    expect(s.titleRight).toBe(true);
    expect(s.venueRight).toBe(true);
    expect(s.notSloganHits).toEqual(['四个意识']);
    expect(overall([s, s], (x) => x.sections)).toMatchObject({ expected: 6, found: 4 });
  });

  it('rejects a gold file without the required fields', () => {
    expect(() => parseGold({ file: 'x' }, 'bad.json')).toThrow(/bad\.json/);
    expect(() => parseGold({ file: 'x', title: 't', numbered_slogans: 'no' }, 'bad.json')).toThrow(/numbered_slogans/);
  });
});
