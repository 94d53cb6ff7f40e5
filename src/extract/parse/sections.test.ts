import { describe, expect, it } from 'vitest';
import type { Section } from '../types.js';
import { splitLines } from '../text/lines.js';
import { buildSections } from './sections.js';

function sections(text: string): Section[] {
  const lines = splitLines(text);
  return buildSections(text, lines, lines.map((_, i) => i), { start: 0, end: text.length });
}
const brief = (s: Section[]): string[] => s.map((x) => `${x.level}${x.inline ? 'i' : ''} ${x.marker}${x.heading}`);

describe('buildSections', () => {
  it('makes 一要 level 1 when the speech has no 一、 headings', () => {
    const text = ['同志们：', '一要提高站位，抓好学习。学习很重要。', '二要强化担当。担当是关键。', '最后讲一点。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一要提高站位，抓好学习', '1 二要强化担当']);
  });

  it('nests by order of appearance: 一、 > （一） > 一是, and closes deeper levels', () => {
    const text = [
      '一、总体要求',
      '（一）明确目标。目标要清楚。',
      '一是定指标。',
      '二是定责任。',
      '（二）完善机制。',
      '二、重点任务',
      '一是抓项目。项目是支撑。',
      '二是抓招商。',
    ].join('\n');
    const s = sections(text);
    expect(brief(s)).toEqual([
      '1 一、总体要求', '2 （一）明确目标', '3 一是定指标', '3 二是定责任', '2 （二）完善机制',
      '1 二、重点任务', '2 一是抓项目', '2 二是抓招商',
    ]);
    expect(s.map((x) => x.parentId)).toEqual([null, 's1', 's2', 's2', 's1', null, 's6', 's6']);
    // A section ends where the next one at the same or a higher level begins.
    expect(s[0]!.end).toBe(s[5]!.start);
    expect(s[1]!.end).toBe(s[4]!.start);
    expect(s[7]!.end).toBe(text.length);
    expect(s.map((x) => x.ordinal)).toEqual([1, 1, 1, 2, 2, 2, 1, 2]);
  });

  it('adds inline enumerations as children of the paragraph’s section', () => {
    const text = ['一、加强队伍建设', '抓队伍要做到三点：一要讲政治；二要重实干；三要守纪律。', '二、改进作风'].join('\n');
    const s = sections(text);
    expect(brief(s)).toEqual(['1 一、加强队伍建设', '2i 一要讲政治', '2i 二要重实干', '2i 三要守纪律', '1 二、改进作风']);
    expect(s.filter((x) => x.inline).every((x) => x.parentId === 's1')).toBe(true);
    const para = text.split('\n')[1]!;
    expect(s[3]!.end).toBe(text.indexOf(para) + para.length);
  });

  it('treats a line that enumerates 一是…二是… itself as inline items', () => {
    const text = ['一、主要做法', '一是建台账，二是抓督办，三是严考核。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一、主要做法', '2i 一是建台账', '2i 二是抓督办', '2i 三是严考核']);
  });

  it.each([
    ['第一方阵', '第一方阵的单位要带头冲锋。'],
    ['驻村第一书记', '驻村第一书记要住下来。'],
    ['2.3%', '2.3%的增长来之不易。'],
    ['一是一、二是二', '一是一、二是二，来不得半点虚假。'],
    ['out-of-order 三是', '三是这个问题要重视。'],
  ])('does not take the trap %s as a heading', (_name, line) => {
    expect(sections(['同志们：', line, '谢谢大家。'].join('\n'))).toEqual([]);
  });

  it('finds nothing in a text without sections', () => {
    expect(sections('今天的会议很重要。\n大家要认真落实。')).toEqual([]);
  });

  it('reads Arabic and circled markers under Chinese ones', () => {
    const text = ['一、任务', '1.抓项目。', '①抓签约。', '②抓开工。', '2.抓服务。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一、任务', '2 1.抓项目', '3 ①抓签约', '3 ②抓开工', '2 2.抓服务']);
  });
  it('continues sub-items numbered across top-level headings: （三） under 二、 after （一）（二） under 一、', () => {
    const text = ['一、回顾', '（一）成绩。', '（二）不足。', '二、任务', '（三）抓项目。', '（四）抓民生。', '三、保障', '（五）抓作风。'].join('\n');
    expect(brief(sections(text))).toEqual([
      '1 一、回顾', '2 （一）成绩', '2 （二）不足', '1 二、任务', '2 （三）抓项目', '2 （四）抓民生', '1 三、保障', '2 （五）抓作风',
    ]);
  });

  it('splits a heading run into the previous paragraph when the next line-initial one is numbered after it', () => {
    const text = ['同志们：下面我讲两点。一、回顾成绩，很不容易。全年增长8.5%。', '1、党建有力。', '2、产业向好。', '二、明确任务。', '1、抓振兴。'].join('\n');
    const s = sections(text);
    expect(brief(s)).toEqual(['1 一、回顾成绩，很不容易', '2 1、党建有力', '2 2、产业向好', '1 二、明确任务', '2 1、抓振兴']);
    expect(s[0]!.start).toBe(text.indexOf('一、回顾'));
  });

  it('opens a list at k > 1 only when the next marker of its family continues it', () => {
    expect(brief(sections(['（节选）', '二、抓落实', '要真抓实干。', '三、强保障'].join('\n')))).toEqual(['1 二、抓落实', '1 三、强保障']);
    expect(sections(['同志们：', '三、这一条要单独说。', '谢谢。'].join('\n'))).toEqual([]);
  });

  it('does not reopen a closed list that does not continue: a new （一） starts again', () => {
    const text = ['一、甲', '（一）子一。', '二、乙', '（三）不接续的编号。', '（一）重新开始。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一、甲', '2 （一）子一', '1 二、乙', '2 （一）重新开始']);
  });
  it('reads sloppy markers: 一. for 一、, 1） for (1), ⑴', () => {
    const text = ['一.提高认识', '1）抓学习。', '2）抓落实。', '二.狠抓落实', '⑴抓项目。', '⑵抓服务。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一.提高认识', '2 1）抓学习', '2 2）抓落实', '1 二.狠抓落实', '2 ⑴抓项目', '2 ⑵抓服务']);
  });

  it('reads a run of numeral + one verb (一抓…二抓…) as a list, but not a lone 一抓', () => {
    expect(brief(sections(['一抓组织，压实责任。', '二抓学习。', '三抓基层。'].join('\n')))).toEqual(['1 一抓组织，压实责任', '1 二抓学习', '1 三抓基层']);
    expect(sections(['一抓到底才有成效。', '二是要落实。'].join('\n'))).toEqual([]);
  });

  it('puts a list of points after a finished list of points beside it, not under its last item', () => {
    const text = ['第一，坚持方向。', '第二，建好队伍。', '我再提几点希望。', '一是要爱国。', '二是要励志。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 第一，坚持方向', '1 第二，建好队伍', '1 一是要爱国', '1 二是要励志']);
  });

  it('keeps a list of points under an item whose list goes on', () => {
    const text = ['第一，坚持方向。', '一是要爱国。', '二是要励志。', '第二，建好队伍。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 第一，坚持方向', '2 一是要爱国', '2 二是要励志', '1 第二，建好队伍']);
  });

  it('puts the closing list after 同志们 or 最后 at the top level, not under the last section', () => {
    const text = ['一、回顾', '（一）成绩。', '（二）不足。', '同志们！', '一要坚定信心。', '二要真抓实干。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一、回顾', '2 （一）成绩', '2 （二）不足', '1 一要坚定信心', '1 二要真抓实干']);
    const inline = ['一、回顾', '（一）成绩。', '最后，讲两点：一要坚定信心；二要真抓实干。'].join('\n');
    expect(brief(sections(inline))).toEqual(['1 一、回顾', '2 （一）成绩', '1i 一要坚定信心', '1i 二要真抓实干']);
  });

  it('keeps a glossary or an appendix out of the last chapter', () => {
    const text = ['一、回顾', '1.增长。', '2.就业。', '名词解释', '1.“两重”：重大战略。', '2.“两新”：设备更新。'].join('\n');
    expect(brief(sections(text))).toEqual(['1 一、回顾', '2 1.增长', '2 2.就业']);
    expect(brief(sections(['一、回顾', '附件2', '1.民生实事。', '2.就业。'].join('\n')))).toEqual(['1 一、回顾']);
  });
});
