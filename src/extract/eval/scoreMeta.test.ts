import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';
import type { ExtractedSpeech } from '../types.js';
import { headerOf, metaTotals, normaliseMetaValue, parseMeta, scoreMeta } from './scoreMeta.js';

const META = {
  file: 'r.txt',
  genre: 'work_report',
  title: '政府工作报告',
  venue: '某省第十四届人民代表大会第五次会议',
  date: '2026-02-03',
  speaker: { name: '韦韬', role: '省长' },
  level: 'provincial',
  place: '某省',
};

/** An extraction with the given header fields, whatever the extractor produces for the text. */
const withHeader = (extra: Record<string, unknown>): ExtractedSpeech =>
  ({ ...extractSpeech({ text: '政府工作报告\n各位代表：\n一、工作回顾', source: 'r.txt' }), ...extra }) as ExtractedSpeech;

describe('scoreMeta', () => {
  it('scores every field exactly, ignoring blanks and full-width forms', () => {
    const speech = withHeader({
      title: '政府工作报告',
      venue: '某省第十四届人民代表大会第五次会议　',
      date: '2026-02-03',
      speaker: { name: '韦 韬', role: '省长' },
      level: 'provincial',
      place: { name: '某省', code: '990000', level: 'provincial' },
      genre: 'work_report',
    });
    const s = scoreMeta(parseMeta(META, 'r.meta.json'), speech);
    const annotated = Object.entries(s.fields).filter(([, f]) => f.right !== null);
    expect(annotated.map(([k]) => k).sort()).toEqual(['date', 'genre', 'level', 'place', 'speaker', 'speakerName', 'title', 'venue']);
    expect(annotated.every(([, f]) => f.right === true)).toBe(true);
    expect(s.fields.speaker).toEqual({ gold: '省长 韦韬', found: '省长 韦 韬', right: true });
    expect(normaliseMetaValue('２０２６ 年')).toBe('2026年');
    expect(normaliseMetaValue('——2026年1月26日在某省第十四届人民代表大会第四次会议上')).toBe(normaliseMetaValue('2026年1月26日在某省第十四届人民代表大会第四次会议上'));
    expect(normaliseMetaValue('在—会上')).toBe('在—会上');
  });

  it('needs name and role for the speaker and reports the name alone separately', () => {
    const s = scoreMeta(parseMeta(META, 'r.meta.json'), withHeader({ speaker: { name: '韦韬', role: '代省长' } }));
    expect(s.fields.speaker.right).toBe(false);
    expect(s.fields.speakerName.right).toBe(true);
  });

  it('scores a field the extractor does not produce as wrong, and a wrong value as wrong', () => {
    const s = scoreMeta(parseMeta(META, 'r.meta.json'), withHeader({ date: '2026-02-09', place: undefined, genre: undefined }));
    expect(s.fields.date).toEqual({ gold: '2026-02-03', found: '2026-02-09', right: false });
    expect(s.fields.place).toEqual({ gold: '某省', found: null, right: false });
    expect(s.fields.genre.right).toBe(false);
    expect(s.fields.title.right).toBe(true);
  });

  it('expects none where the annotation says null, and an empty title counts as none', () => {
    const gold = parseMeta({ ...META, venue: null, title: null }, 'r.meta.json');
    expect(scoreMeta(gold, withHeader({ venue: null, title: '' })).fields.venue.right).toBe(true);
    expect(scoreMeta(gold, withHeader({ venue: null, title: '' })).fields.title.right).toBe(true);
    expect(scoreMeta(gold, withHeader({ venue: '某会议' })).fields.venue.right).toBe(false);
  });

  it('does not score a field the annotation leaves out, and totals over the annotated only', () => {
    const partial = parseMeta({ file: 'r.txt', title: '政府工作报告', published: '2026-02-09' }, 'r.meta.json');
    const s = scoreMeta(partial, withHeader({ title: '政府工作报告', published: '2026-02-10' }));
    expect(s.fields.venue.right).toBeNull();
    expect(s.fields.speaker.right).toBeNull();
    expect(s.fields.published).toEqual({ gold: '2026-02-09', found: '2026-02-10', right: false });
    const t = metaTotals([s, scoreMeta(parseMeta(META, 'r.meta.json'), withHeader({ title: '政府工作报告' }))]);
    expect(t.annotated.title).toBe(2);
    expect(t.share.title).toBe(1);
    expect(t.annotated.venue).toBe(1);
    expect(t.annotated.published).toBe(1);
    expect(t.share.published).toBe(0);
  });

  it('reads place as an object or a plain name', () => {
    expect(headerOf(withHeader({ place: { name: '某市' } })).place).toBe('某市');
    expect(headerOf(withHeader({ place: '某县' })).place).toBe('某县');
  });

  it('totals the share right per field', () => {
    const gold = parseMeta(META, 'r.meta.json');
    const right = scoreMeta(gold, withHeader({ date: '2026-02-03', level: 'provincial' }));
    const wrong = scoreMeta(gold, withHeader({ date: '2026-01-01', level: 'provincial' }));
    const t = metaTotals([right, wrong]);
    expect(t.files).toBe(2);
    expect(t.right.date).toBe(1);
    expect(t.share.date).toBe(0.5);
    expect(t.share.level).toBe(1);
    expect(metaTotals([]).share.title).toBe(0);
  });

  it('rejects malformed annotations naming the file and field', () => {
    expect(() => parseMeta({ title: 'x' }, 'a.meta.json')).toThrow(/a\.meta\.json.*"file"/);
    expect(() => parseMeta({ file: 'a.txt', date: 20260203 }, 'a.meta.json')).toThrow(/"date"/);
    expect(() => parseMeta({ file: 'a.txt', speaker: '省长 某' }, 'a.meta.json')).toThrow(/"speaker"/);
    expect(parseMeta({ file: 'a.txt', title: null }, 'a.meta.json')).toEqual({ file: 'a.txt', title: null });
  });
});
