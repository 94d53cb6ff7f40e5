import { describe, expect, it } from 'vitest';
import { originalRange } from '../text/offsetMap.js';
import { joinHeaderLines } from './joinHeaderLines.js';

const BODY = '\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。';

describe('joinHeaderLines', () => {
  it.each([
    ['a subtitle over two lines', '政府工作报告\n——2026年1月27日\n在吉林省第十四届人民代表大会第五次会议上', '政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上'],
    ['a title and its subtitle on one line', '政府工作报告——2026年1月27日在吉林省第十四届人民代表大会第五次会议上', '政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上'],
    ['a byline over two lines', '政府工作报告\n省长\n\n胡玉亭', '政府工作报告\n省长 胡玉亭'],
    ['a title broken mid-word', '2026年吉林\n省政府工作报告', '2026年吉林省政府工作报告'],
    ['a title broken after its year', '2026年\n政府工作报告', '2026年政府工作报告'],
    ['a dateline above a title stays apart', '新华社北京3月16日电\n政府工作报告', '新华社北京3月16日电\n政府工作报告'],
    ['a column label above a title stays apart', '云南要闻\n2026年政府工作报告', '云南要闻\n2026年政府工作报告'],
  ])('%s', (_, header, joined) => {
    expect(joinHeaderLines(header + BODY).text).toBe(joined + BODY);
  });

  it('leaves the body alone and maps the joined text back', () => {
    const text = '2026年吉林\n省政府工作报告' + BODY;
    const { text: out, map } = joinHeaderLines(text);
    const at = out.indexOf('各位代表');
    expect(originalRange(map, { start: at, end: at + 4 })).toEqual({ start: text.indexOf('各位代表'), end: text.indexOf('各位代表') + 4 });
  });
});
