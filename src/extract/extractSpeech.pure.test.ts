import { describe, expect, it } from 'vitest';
import { extractSpeech } from './extractSpeech.js';

// A names a meeting and quotes a slogan; B writes the same characters without naming either. If A's
// findings leaked into the segmentation dictionary, B's terms would change after A.
const A = {
  source: 'a.txt',
  text: '在全县秋季植树造林现场推进会上的讲话\n一、提高认识\n这次全县秋季植树造林现场推进会很重要。要落实“三级联动”机制，三级联动要抓实。',
};
const B = {
  source: 'b.txt',
  text: '关于造林的说明\n全县秋季植树造林现场推进工作要抓实。三级联动机制要完善，三级联动责任要压实。',
};

describe('extractSpeech is pure', () => {
  it('gives B the same result alone and after A, and A the same result before and after B', () => {
    const bAlone = extractSpeech(B);
    const a1 = extractSpeech(A);
    expect(a1.meetings.map((m) => m.name)).toContain('全县秋季植树造林现场推进会');
    expect(a1.terms.map((t) => t.term)).toContain('三级联动');
    const bAfterA = extractSpeech(B);
    const a2 = extractSpeech(A);
    expect(bAfterA).toEqual(bAlone);
    expect(a2).toEqual(a1);
  });
});

describe('extractSpeech reads through the normalisation', () => {
  const plain = '在全县秋季植树造林现场推进会上的讲话\n一、提高认识\n这次全县秋季植树造林现场推进会很重要。要落实“三级联动”机制，三级联动要抓实。';
  const variant = '在全县秋季植树造林现场推进會上的讲话\r\n一、提高認識\r\n\u200b这次全县秋季植树造林现场推进会很重要。要落实“三级联动”机制，三级联动要抓实。';

  it('finds what it finds in the plain text, with offsets into the original', () => {
    const a = extractSpeech({ source: 'a.txt', text: plain });
    const b = extractSpeech({ source: 'b.txt', text: variant });
    expect(b.text).toBe(variant);
    expect(b.title).toBe(a.title);
    expect(b.venue).toBe(a.venue);
    expect(b.slogans.map((s) => [s.name, s.count])).toEqual(a.slogans.map((s) => [s.name, s.count]));
    expect(b.meetings.map((m) => [m.name, m.count])).toEqual(a.meetings.map((m) => [m.name, m.count]));
    expect(b.slogans.length + b.meetings.length).toBeGreaterThan(0);
    for (const m of [...b.slogans, ...b.meetings, ...b.terms].flatMap((f) => f.mentions)) {
      expect(variant.slice(m.start, m.end)).toBe(m.text);
    }
    const written = b.meetings.flatMap((m) => m.mentions.map((x) => x.text));
    expect(written).toContain('全县秋季植树造林现场推进會');
    expect(variant.slice(b.titleRange!.start, b.titleRange!.end)).toBe('在全县秋季植树造林现场推进會上的讲话');
  });
});
