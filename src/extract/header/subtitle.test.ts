import { describe, expect, it } from 'vitest';
import { readSubtitle } from './subtitle.js';

describe('readSubtitle', () => {
  it('reads date and venue of a report subtitle', () => {
    expect(readSubtitle('——2025年1月20日在某省第九届人民代表大会第三次会议上')).toMatchObject({
      text: '——2025年1月20日在某省第九届人民代表大会第三次会议上',
      date: '2025-01-20',
      venue: '某省第九届人民代表大会第三次会议',
      byline: null,
    });
  });

  it('reads Chinese numerals in the date', () => {
    expect(readSubtitle('——二〇二五年一月三十一日在某市第八届人民代表大会第二次会议上')?.date).toBe('2025-01-31');
  });

  it('reads a subtitle without its dash when it dates and places the speech', () => {
    expect(readSubtitle('2025年2月3日在某省第九届人民代表大会第五次会议上')?.venue).toBe('某省第九届人民代表大会第五次会议');
  });

  it('reads a byline on the same line', () => {
    const line = '——2025年1月20日在某省第九届人民代表大会第三次会议上 某省省长 赵某';
    const s = readSubtitle(line)!;
    expect(s.byline).toMatchObject({ name: '赵某', role: '省长' });
    expect(line.slice(s.byline!.start, s.byline!.end)).toBe('赵某');
    expect(s.text.endsWith('会议上')).toBe(true);
  });

  it('reads a speech subtitle, but not a year in the meeting name as its date', () => {
    expect(readSubtitle('——在某镇2021年工作总结大会上的讲话')).toMatchObject({ venue: '某镇2021年工作总结大会', date: null });
  });

  it.each(['在全市干部大会上的讲话', '2025年是关键之年，我们在大会上作了部署。', '大力推进乡村振兴'])('is not a subtitle: %s', (line) => {
    expect(readSubtitle(line)).toBeNull();
  });
});
