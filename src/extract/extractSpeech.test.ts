import { describe, expect, it } from 'vitest';
import { extractSpeech } from './extractSpeech.js';

const BODY = ['同志们：', '今天召开全区作风建设推进大会，部署今年任务。', '一、统一思想', '大家要提高认识。'];
const extract = (lines: string[]) => extractSpeech({ text: lines.join('\n'), source: 't.txt' });

describe('extractSpeech: title information', () => {
  it.each([
    ['a date line below the title', ['在全区作风建设推进大会上的讲话', '（2023年3月10日）', ...BODY], '2023-03-10'],
    ['a date line above the title', ['更多范文请关注公众号', '2022年2月18日', '', '在全区作风建设推进大会上的讲话', ...BODY], '2022-02-18'],
    ['a date line after the end', ['在全区作风建设推进大会上的讲话', ...BODY, '', '二〇二一年一月二十日'], '2021-01-20'],
    ['a date-only line in the body before a footer note', ['在全区作风建设推进大会上的讲话', ...BODY, '2021.3.5', '以上讲话根据现场录音形成，经本人审阅，文字略有改动。'], '2021-03-05'],
    ['only a year in the title', ['在全区2021年作风建设推进大会上的讲话', ...BODY], '2021'],
  ])('reads %s', (_name, lines, iso) => {
    expect(extract(lines).date).toBe(iso);
  });

  it('ignores a date inside an advertising line above the title', () => {
    expect(extract(['2022年2月18日更新 会员免费下载', '', '在全区作风建设推进大会上的讲话', ...BODY]).date).toBeNull();
  });

  it('keys the venue of a letter-spaced title by the same meeting named in the body', () => {
    const s = extract(['在 全 区 作 风 建 设 推 进 大 会 上 的 讲 话', ...BODY]);
    expect(s.venue).toBe('全区作风建设推进大会');
    expect(s.venueKey).toBe(s.meetings.find((m) => m.name === '全区作风建设推进大会')?.key);
    expect(s.venueKey).not.toBeNull();
  });
});
