import { describe, expect, it } from 'vitest';
import { originalRange } from './offsetMap.js';
import { normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it.each([
    ['line ends', '标题\r\n正文\r末行', '标题\n正文\n末行'],
    ['a footnote marker on lines of its own', '作关于上届代表会议\n[\n1\n]\n以来的工作报告。', '作关于上届代表会议以来的工作报告。'],
    ['invisible characters', '政\u200b府\ufeff工作\u200d报告', '政府工作报告'],
    ['odd spaces', '省长\u00a0叶建春', '省长 叶建春'],
    ['full-width digits and letters', '２０２６年１月ＧＤＰ', '2026年1月GDP'],
    ['dash runs', 'A――在会上\nB----在会上\nC--在会上\nD──在会上', 'A——在会上\nB——在会上\nC——在会上\nD——在会上'],
    ['one dash opening a line', '—2026年1月在会议上\n  -在会议上', '——2026年1月在会议上\n  ——在会议上'],
    ['a range keeps its hyphen', '2021-2025年', '2021-2025年'],
    ['compatibility ideographs and radicals', '\u2f00\u4e8c', '一二'],
    ['letter spacing in a short line', '政 府 工 作 报 告\n习　近　平', '政府工作报告\n习近平'],
    ['a two-character name keeps its space', '省长 王 琛', '省长 王 琛'],
    ['traditional characters', '國務院總理在全國人民代表大會上作報告', '国务院总理在全国人民代表大会上作报告'],
  ])('%s', (_, input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  it('needs no map when every replacement keeps its length', () => {
    expect(normaliseText('省长\u00a0叶建春，會議')).toEqual({ text: '省长 叶建春，会议', map: null });
  });

  it('leaves a simplified text alone, without a map', () => {
    const text = '在全县重点任务部署会上的讲话\n同志们：\n这次会议很重要，成绩显著。';
    expect(normaliseText(text)).toEqual({ text, map: null });
  });

  it('maps every word of the normalised text back onto the same word in the original', () => {
    const original = '政 府 工 作 报 告\r\n\u200b――２０２６年１月２０日在第十四屆人民代表大會第四次會議上\r\n各位代表：';
    const { text, map } = normaliseText(original);
    expect(text).toBe('政府工作报告\n——2026年1月20日在第十四届人民代表大会第四次会议上\n各位代表：');
    const at = (word: string) => {
      const start = text.indexOf(word);
      return originalRange(map, { start, end: start + word.length });
    };
    const slice = (r: { start: number; end: number }) => original.slice(r.start, r.end);
    expect(slice(at('政府工作报告'))).toBe('政 府 工 作 报 告');
    expect(slice(at('2026年1月20日'))).toBe('２０２６年１月２０日');
    expect(slice(at('人民代表大会'))).toBe('人民代表大會');
    expect(slice(at('各位代表'))).toBe('各位代表');
    expect(slice(at('——'))).toBe('――');
    expect(originalRange(map, { start: text.length, end: text.length })).toEqual({ start: original.length, end: original.length });
  });
});
