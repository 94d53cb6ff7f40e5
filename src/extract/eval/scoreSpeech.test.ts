import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';
import { overall, parseGold, scoreSpeech } from './scoreSpeech.js';

const TEXT = [
  '在全市作风建设大会上的讲话',
  '同志们：',
  '一、提高认识',
  '要学习省委十二届三次全会精神，增强“四个意识”，落实“放管服”改革，做到“六稳”。',
  '二、抓好落实',
].join('\n');
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
    expect(s.extraSections).toEqual([]);
    expect(s.titleRight).toBe(true);
    expect(s.venueRight).toBe(true);
    expect(s.notSloganHits).toEqual(['四个意识']);
    expect(overall([s, s], (x) => x.sections)).toMatchObject({ expected: 6, found: 4 });
  });

  it('reports persons recall and tells not_slogans hits from slogans the annotation does not expect', () => {
    const base = { file: 't.txt', title: 'x', venue: null, meetings: [], sections: [] };
    const found = speech.slogans.map((s) => s.name).sort();
    expect(found).toEqual(['六稳', '四个意识', '放管服'].sort());
    const s = scoreSpeech(parseGold({ ...base, numbered_slogans: ['四个意识'], catchphrases: [], not_slogans: ['六稳'], persons: ['习近平'] }, 'g.json'), speech);
    expect(s.notSloganHits).toEqual(['六稳']);
    expect(s.unexpected.sort()).toEqual(['六稳', '放管服'].sort());
    expect(s.persons).toEqual({ expected: 1, found: 0, missed: ['习近平'] });
    // A catchphrase, a bonus (as written or canonical) and a variant are all expected.
    const all = parseGold({ ...base, numbered_slogans: [], catchphrases: ['“放管服”'], bonus_slogans: { 做到六稳: '六稳' }, variants: { 四个意识: '四种意识' }, not_slogans: [] }, 'g.json');
    expect(scoreSpeech(all, speech).unexpected).toEqual([]);
    // A part of an expected compound is a split compound, not an unexpected slogan.
    const compound = parseGold({ ...base, numbered_slogans: ['四个意识、六稳'], catchphrases: ['放管服、最多跑一次'], not_slogans: [] }, 'g.json');
    expect(scoreSpeech(compound, speech).unexpected).toEqual([]);
    expect(scoreSpeech(compound, speech).slogans.found).toBe(0);
  });

  it('reports line-initial sections that match no gold heading as extra, a wrong level as missed and extra', () => {
    const gold = parseGold(
      { file: 't.txt', title: 'x', venue: null, numbered_slogans: [], not_slogans: [], meetings: [], sections: [{ level: 2, marker: '一、', heading: '提高认识' }] },
      'g.json',
    );
    const s = scoreSpeech(gold, speech);
    expect(s.sections.missed).toEqual(['2|一、|提高认识']);
    expect(s.extraSections).toEqual(['1|一、|提高认识', '1|二、|抓好落实']);
  });

  it('rejects a gold file without the required fields', () => {
    expect(() => parseGold({ file: 'x' }, 'bad.json')).toThrow(/bad\.json/);
    expect(() => parseGold({ file: 'x', title: 't', numbered_slogans: 'no' }, 'bad.json')).toThrow(/numbered_slogans/);
    const ok = { file: 'x', title: 't', numbered_slogans: [], not_slogans: [], meetings: [], sections: [] };
    expect(() => parseGold({ ...ok, persons: '习近平' }, 'bad.json')).toThrow(/bad\.json.*persons/);
    expect(() => parseGold({ ...ok, variants: ['a'] }, 'bad.json')).toThrow(/variants/);
    expect(parseGold(ok, 'ok.json')).toMatchObject({ persons: [], catchphrases: [], variants: {}, bonus_slogans: {} });
  });
});
