import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extractFile.js';
import type { ExtractedSpeech } from './types.js';

const MAX = 1024 * 1024;
const SPEECH = [
  '欢迎访问某某范文网，更多资料请扫码关注',
  '在全区城市更新工作推进会上的讲话',
  '同志们：',
  '今天召开全区城市更新工作推进会，贯彻落实党的二十届三中全会精神。',
  '一、提高认识',
  '城市更新是民生工程。要做到三点：一要摸清底数；二要规划先行。',
  '二、压实责任',
  '各街道要按照《关于推进城市更新的实施意见》抓好落实，区委书记王某某同志多次强调。',
  '',
  '本文由某某网整理，转载请注明出处',
].join('\n');

function ok(bytes: Uint8Array, name: string): ExtractedSpeech {
  const r = extractFile(bytes, name, MAX);
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  return r.speech;
}

describe('extractFile', () => {
  it('extracts a whole speech with offsets that point at what they name', () => {
    const s = ok(new TextEncoder().encode(SPEECH), 'speech.txt');
    expect(s.title).toBe('在全区城市更新工作推进会上的讲话');
    expect(s.venue).toBe('全区城市更新工作推进会');
    expect(s.level).toBe('county');
    expect(s.venueKey).toBe(s.meetings.find((m) => m.name === '全区城市更新工作推进会')?.key);
    expect(s.sections.map((x) => `${x.level}${x.marker}${x.heading}`)).toEqual(['1一、提高认识', '2一要摸清底数', '2二要规划先行', '1二、压实责任']);
    expect(s.meetings.map((m) => m.name)).toEqual(['全区城市更新工作推进会', '二十届三中全会']);
    expect(s.documents.map((d) => d.title)).toEqual(['关于推进城市更新的实施意见']);
    expect(s.persons.map((p) => p.name)).toEqual(['王某某']);
    for (const m of s.meetings.flatMap((x) => x.mentions)) expect(s.text.slice(m.start, m.end)).toBe(m.text);
    const plenum = s.meetings[1]!.mentions[0]!;
    expect(s.text.slice(s.sentences[plenum.sentence]!.start, s.sentences[plenum.sentence]!.end)).toContain(plenum.text);
    const doc = s.documents[0]!.mentions[0]!;
    expect(doc.sectionId).toBe(s.sections[3]!.id);
    expect(s.text.slice(s.body.start, s.body.end)).not.toContain('转载');
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same result for the GBK-encoded file', () => {
    const utf8 = ok(new TextEncoder().encode(SPEECH), 'speech.txt');
    const gbk = ok(new Uint8Array(iconv.encode(SPEECH, 'gbk')), 'speech.txt');
    expect({ ...gbk, diagnostics: [] }).toEqual({ ...utf8, diagnostics: [] });
    expect(gbk.diagnostics[0]?.code).toBe('ENCODING');
  });

  it('reads an HTML page, ignoring its scripts', () => {
    const html = `<html><body><script>document.write("一、广告位")</script>${SPEECH.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const s = ok(new TextEncoder().encode(html), 'speech.html');
    expect(s.title).toBe('在全区城市更新工作推进会上的讲话');
    expect(s.sections.filter((x) => !x.inline)).toHaveLength(2);
    expect(s.text).not.toContain('document.write');
  });

  it('handles a text without sections and without a title', () => {
    const s = ok(new TextEncoder().encode('同志们：\n今天的会开得很好。大家要抓好落实！'), 'plain.txt');
    expect(s.title).toBe('');
    expect(s.titleRange).toBeNull();
    expect(s.sections).toEqual([]);
    expect(s.sentences).toHaveLength(3);
    expect(s.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['NO_TITLE', 'NO_SECTIONS']));
  });

  it.each([
    ['empty', new Uint8Array(0), 'EMPTY_FILE'],
    ['binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), 'BINARY_FILE'],
  ])('returns diagnostics, not a speech, for an %s file', (_n, bytes, code) => {
    const r = extractFile(bytes, 'x.txt', MAX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code, file: 'x.txt' });
  });
});

describe('extractFile metadata lines', () => {
  it('reads the date and speaker between title and body, and a subtitle after ——', () => {
    const text = [
      '凝心聚力抓落实 奋发有为谱新篇',
      '——在全县三级干部大会上的讲话',
      '县委书记 陈某某',
      '（2023年2月8日）',
      '同志们：',
      '一、回顾工作。去年全县经济稳步增长。',
      '二、部署任务。要抓好项目建设。',
    ].join('\n');
    const s = ok(new TextEncoder().encode(text), 'sub.txt');
    // The subtitle is never part of the title; it gives the venue.
    expect(s.title).toBe('凝心聚力抓落实奋发有为谱新篇');
    expect(s.subtitle).toBe('——在全县三级干部大会上的讲话');
    expect(s.speaker).toEqual({ name: '陈某某', role: '县委书记' });
    expect(s.venue).toBe('全县三级干部大会');
    expect(s.level).toBe('county');
    expect(s.date).toBe('2023-02-08');
    expect(s.persons.map((p) => p.name)).toEqual(['陈某某']);
    expect(s.sections.map((x) => x.heading)).toEqual(['回顾工作', '部署任务']);
  });
});
