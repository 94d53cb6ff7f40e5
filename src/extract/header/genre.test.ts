import { describe, expect, it } from 'vitest';
import { genreOf } from './genre.js';

const g = (title: string, subtitle: string | null = null, venue: string | null = null, firstLine = '') =>
  genreOf({ title, subtitle, venue, firstLine });

describe('genreOf', () => {
  it.each([
    ['政府工作报告', null, null, 'work_report'],
    ['2025年某省政府工作报告', '2025年1月20日在某省第九届人民代表大会第三次会议上', null, 'work_report'],
    ['奋力谱写新篇章', '——在中国共产党某省第十二次代表大会上的报告', null, 'party_report'],
    ['在市委十三届六次全会上的报告', null, '市委十三届六次全会', 'party_report'],
    ['在全市干部大会上的讲话提纲', null, '全市干部大会', 'outline'],
    ['在全市干部大会上的讲话', null, '全市干部大会', 'speech'],
    ['党的二十大精神学习研讨发言', null, null, 'speech'],
    ['某某在全省经济工作会议上强调 坚定信心推动高质量发展', null, null, 'news'],
    ['关于加强基层治理的几点思考', null, null, 'other'],
  ] as const)('%s → %s', (title, subtitle, venue, genre) => {
    expect(g(title, subtitle, venue)).toBe(genre);
  });

  it('reads a news dateline in the first line', () => {
    expect(g('全市干部大会召开', null, null, '新华社北京3月5日电 全市干部大会今天召开。')).toBe('news');
  });
});

describe('genreOf without a header', () => {
  it('takes the genre the opening names, and never makes a bulletin a speech', () => {
    expect(genreOf({ title: '', subtitle: null, venue: null, firstLine: '各位代表：', opening: 'work_report' })).toBe('work_report');
    expect(genreOf({ title: '2023年国民经济和社会发展统计公报', subtitle: null, venue: null, firstLine: '', opening: null })).toBe('other');
    expect(genreOf({ title: '关于做好春节期间安全工作的通知', subtitle: null, venue: null, firstLine: '', opening: null })).toBe('other');
  });
});
