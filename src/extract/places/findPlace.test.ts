import { describe, expect, it } from 'vitest';
import { findPlace, scopeOf } from './findPlace.js';

/** Runs the rule on a header (title, venue, byline…) and a text whose first `headChars` are its opening. */
function place(header: string[], text = '', headChars = 40) {
  const head = { start: 0, end: Math.min(text.length, headChars) };
  const r = findPlace(text, { header, head, body: { start: 0, end: text.length } });
  return { name: r.place?.name ?? null, level: r.level, within: r.place?.within.map((p) => p.name) ?? [] };
}

describe('scopeOf', () => {
  it.each([
    ['在全省组织工作会议上的讲话', '省'],
    ['自治区人民政府主席 包钢', '自治区'],
    ['市委十二届五次全会', '市'],
    ['在全旗干部大会上', '旗'],
    ['在全镇工作总结大会上', '镇'],
    ['学习心得体会', null],
  ])('%s → %s', (s, suffix) => {
    expect(scopeOf(s)?.suffix ?? null).toBe(suffix);
  });
});

describe('findPlace', () => {
  it.each([
    ['title', ['2026年江苏省政府工作报告'], '江苏省', 'provincial'],
    ['venue', ['——2026年2月3日在江苏省第十四届人民代表大会第五次会议上'], '江苏省', 'provincial'],
    ['speaker role', ['陕西省省长 赵刚'], '陕西省', 'provincial'],
    ['a municipality is provincial', ['2026年北京市政府工作报告'], '北京市', 'provincial'],
    ['a county-level city is county', ['2026年昆山市政府工作报告'], '昆山市', 'county'],
    ['a prefecture', ['在中共南京市委十五届十次全会上的讲话'], '南京市', 'city'],
    ['a party congress', ['在中国共产党江苏省第十四次代表大会上的报告'], '江苏省', 'provincial'],
    ['a congress without 第', ['在江苏省十四届人大五次会议上'], '江苏省', 'provincial'],
  ] as const)('from the %s', (_why, header, name, level) => {
    expect(place([...header])).toMatchObject({ name, level });
  });

  it('gives the chain the place lies in', () => {
    expect(place(['2026年昆山市政府工作报告']).within).toEqual(['苏州市', '江苏省', '中华人民共和国']);
  });

  it('takes the region a 自治区 role leaves unnamed from the text', () => {
    expect(place(['自治区人民政府主席 包钢'], '内蒙古的发展。内蒙古要')).toMatchObject({ name: '内蒙古自治区', level: 'provincial' });
  });

  it('reads short forms when scope words say which kind of place speaks (全省 + 江苏)', () => {
    expect(place(['在全省工作会议上的讲话'], '江苏要走在前列。江苏')).toMatchObject({ name: '江苏省', level: 'provincial' });
    expect(place(['在市委十二届五次全会上的讲话'], '南京要发展。南京')).toMatchObject({ name: '南京市', level: 'city' });
  });

  it('tries each kind of body the opening names when the header names none (superiors come first)', () => {
    expect(place([], '根据省委、市委的部署，绍兴一中召开大会。绍兴一中要', 60)).toMatchObject({ name: '绍兴市', level: 'city' });
  });

  it('reads the opening of the body (我代表…人民政府)', () => {
    expect(place([], '各位代表：我代表宁夏回族自治区人民政府，向大会报告工作')).toMatchObject({ name: '宁夏回族自治区', level: 'provincial' });
  });

  it('never takes a place named in passing for the speaking body', () => {
    // Two provinces named as often: no place, but the scope still gives the level.
    expect(place(['在全省工作会议上的讲话'], '学习江苏、浙江经验，江苏浙江')).toEqual({ name: null, level: 'provincial', within: [] });
    // Named once only.
    expect(place(['在全省工作会议上的讲话'], '正文。学习浙江经验。', 0)).toMatchObject({ name: null, level: 'provincial' });
    // An organ of another kind than the scope: 江西省委 in a city speech.
    expect(place(['在市委全会上的讲话'], '贯彻江西省委全会精神，南昌要发展，南昌')).toMatchObject({ name: '南昌市', level: 'city' });
  });

  it('gives central bodies no place', () => {
    expect(place(['——在第十四届全国人民代表大会第四次会议上'], '江苏、江苏、江苏')).toEqual({ name: null, level: 'central', within: [] });
    expect(place(['国务院总理 李强'], '')).toEqual({ name: null, level: 'central', within: [] });
  });

  it('gives the level of scope words when no place is named', () => {
    expect(place(['在全镇工作总结大会上的讲话'])).toEqual({ name: null, level: 'township', within: [] });
    expect(place(['在全区干部大会上的讲话'])).toEqual({ name: null, level: 'county', within: [] });
    expect(place(['学习心得体会'])).toEqual({ name: null, level: null, within: [] });
  });
});
