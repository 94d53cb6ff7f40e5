import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../extractSpeech.js';
import { datelineDate } from './header.js';

const BODY = ['各位代表：', '现在，我代表省人民政府，向大会报告工作，请予审议。', '一、过去一年工作回顾', '全省经济持续回升向好。'];
const speech = (lines: string[]) => extractSpeech({ text: lines.join('\n'), source: 't.txt' });

describe('header metadata', () => {
  const text = [
    '下载', '打印', '【字号：', '加大', '】',
    '2025年某某省政府工作报告',
    '——2025年1月20日在某某省第九届人民代表大会第三次会议上',
    '来源：某某日报',
    '时间：2025-02-05',
    '某某省人民政府省长 王 某',
    '省长王某作政府工作报告。本报记者 李四 摄',
    ...BODY,
    '相关报道：',
    '全省上下热议政府工作报告，代表们纷纷表示，报告振奋人心、催人奋进，一定要抓好落实。',
  ];
  const s = speech(text);

  it('reads title, subtitle, venue, delivery and publication dates, speaker and genre', () => {
    expect(s).toMatchObject({
      title: '2025年某某省政府工作报告',
      subtitle: '——2025年1月20日在某某省第九届人民代表大会第三次会议上',
      venue: '某某省第九届人民代表大会第三次会议',
      date: '2025-01-20',
      published: '2025-02-05',
      speaker: { name: '王某', role: '省长' },
      genre: 'work_report',
    });
  });

  it('lists the speaker among the persons, at the byline', () => {
    const p = s.persons.find((x) => x.name === '王某')!;
    const byline = s.text.indexOf('王 某');
    expect(p.mentions.some((m) => m.start === byline && m.text === '王 某')).toBe(true);
  });

  it('keeps title, subtitle and byline out of the dropped boilerplate, and drops the web furniture', () => {
    const dropped = s.diagnostics.filter((d) => d.code === 'DROPPED_LINE').map((d) => s.text.slice(d.range!.start, d.range!.end));
    expect(dropped).toEqual(expect.arrayContaining(['下载', '来源：某某日报', '时间：2025-02-05', '省长王某作政府工作报告。本报记者 李四 摄', '相关报道：']));
    for (const kept of ['2025年某某省政府工作报告', '某某省人民政府省长 王 某']) expect(dropped).not.toContain(kept);
    expect(dropped.some((d) => d.startsWith('——'))).toBe(false);
  });

  it('stops the body at the furniture that closes the article', () => {
    expect(s.text.slice(s.body.start, s.body.end).endsWith('全省经济持续回升向好。')).toBe(true);
  });

  it('stops the body at a headline after a closing credit: the next item on the page', () => {
    const t = speech(['在全市干部大会上的讲话', '同志们：', '一、统一思想', '大家要提高认识。', '（来源：某某日报）', '全市春季植树活动举行', '一、活动情况', '市领导王某某同志参加植树，共植树一万余株。']);
    expect(t.text.slice(t.body.start, t.body.end).endsWith('大家要提高认识。')).toBe(true);
    expect(t.sections.map((x) => x.heading)).toEqual(['统一思想']);
    expect(t.persons).toEqual([]);
  });

  it('reads a bare 政府工作报告 that follows its subtitle', () => {
    const t = speech(['——2025年1月20日在某某省第九届人民代表大会第三次会议上', '政府工作报告', '省长 王某', ...BODY]);
    expect(t).toMatchObject({ title: '政府工作报告', date: '2025-01-20', genre: 'work_report', speaker: { name: '王某' } });
  });

  it('takes the speaker from a photo caption when no byline names them', () => {
    const t = speech(['政府工作报告', '——2025年1月20日在某某省第九届人民代表大会第三次会议上', '省长王某作政府工作报告。本报记者 李四 摄', ...BODY]);
    expect(t.speaker).toEqual({ name: '王某', role: '省长' });
    expect(t.title).toBe('政府工作报告');
  });

  it('takes the speaker from a name before the title and leaves the title proper', () => {
    const t = speech(['习近平：在某大学师生座谈会上的讲话', '同志们：', '今天召开这次座谈会，很高兴。']);
    expect(t).toMatchObject({ title: '在某大学师生座谈会上的讲话', venue: '某大学师生座谈会', speaker: { name: '习近平' }, genre: 'speech' });
    expect(t.text.slice(t.titleRange!.start, t.titleRange!.end)).toBe('在某大学师生座谈会上的讲话');
  });

  it('reads a date line and a name line below the title', () => {
    const t = speech(['在某大学师生座谈会上的讲话', '（二〇一八年五月二日）', '王 某', '同志们：', '今天召开这次座谈会，很高兴。']);
    expect(t).toMatchObject({ date: '2018-05-02', speaker: { name: '王某', role: null } });
  });

  it('joins a main title on two parallel lines above its subtitle, which stays apart', () => {
    const t = speech(['凝心聚力谋发展', '实干担当开新局', '——在全镇工作总结大会上的讲话', '同志们：', '今天召开这次会议，总结工作。']);
    expect(t.title).toBe('凝心聚力谋发展实干担当开新局');
    expect(t.subtitle).toBe('——在全镇工作总结大会上的讲话');
    expect(t.venue).toBe('全镇工作总结大会');
  });
});

describe('datelineDate', () => {
  it('takes the year of publication, or the year before when the dateline would follow it', () => {
    expect(datelineDate('……（新华社北京4月24日电）', '2011-05-26')).toBe('2011-04-24');
    expect(datelineDate('新华社北京12月30日电 ……', '2019-01-18')).toBe('2018-12-30');
    expect(datelineDate('新华社北京4月24日电', null)).toBeNull();
    expect(datelineDate('4月24日，全市召开大会。', '2011-05-26')).toBeNull();
  });
});
