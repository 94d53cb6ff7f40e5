import { describe, expect, it } from 'vitest';
import { dateLineOf, dateOf, speechLevel, titleDate, venueOf } from './titleInfo.js';

describe('venueOf', () => {
  it.each([
    ['在全市经济工作会议上的讲话', '全市经济工作会议'],
    ['在全县乡村振兴推进会上的讲话', '全县乡村振兴推进会'],
    ['在区“三项建设”动员部署会议上的发言', '区“三项建设”动员部署会议'],
    ['在全省组织工作会议讲话', '全省组织工作会议'],
    ['张某某同志在全区干部大会上的致辞', '全区干部大会'],
    ['党的十九届五中全会学习研讨发言', null],
    ['关于加强作风建设的几点思考', null],
  ])('%s → %s', (title, venue) => {
    expect(venueOf(title)?.venue ?? null).toBe(venue);
  });
});

describe('speechLevel', () => {
  it.each([
    ['在全国宣传思想工作会议上的讲话', '全国宣传思想工作会议', 'central'],
    ['在全省组织工作会议上的讲话', '全省组织工作会议', 'provincial'],
    ['在市“双招双引”大会讲话', '市“双招双引”大会', 'city'],
    ['在县委全会上的讲话', '县委全会', 'county'],
    ['在全区干部大会上的讲话', '全区干部大会', 'county'],
    ['学习心得体会', null, null],
  ] as const)('%s → %s', (title, venue, level) => {
    expect(speechLevel(title, venue)).toBe(level);
  });
});

describe('dateOf', () => {
  it.each([
    ['（2021年3月5日）', '2021-03-05'],
    ['2020年10月', '2020-10'],
    ['二〇二二年十二月二十日', '2022-12-20'],
    ['　2019年　', '2019'],
    ['2021.3.5', '2021-03-05'],
    ['（2021-03-05）', '2021-03-05'],
    ['2020/12/28', '2020-12-28'],
    ['2021年3月5号', '2021-03-05'],
  ])('%s → %s', (line, iso) => {
    expect(dateOf(line)?.iso).toBe(iso);
  });

  it.each([['2019年，我县经济社会发展取得长足进步，位列全省前列。'], ['2021年13月5日'], ['今年以来'], ['2021.3.5%'], ['12.3.4']])('no date in %s', (line) => {
    expect(dateOf(line)).toBeNull();
  });
});

describe('dateOf anywhere', () => {
  it('reads a year written inside a title', () => {
    expect(dateOf('在2021年全市经济工作会议上的讲话', true)?.iso).toBe('2021');
    expect(dateOf('在全市经济工作会议上的讲话', true)).toBeNull();
  });
});

describe('titleDate', () => {
  it.each([
    ['在市委理论学习中心组2021年第二次集体学习会上的讲话', '2021'],
    ['2016年政府工作报告', null],
    ['2021年3月5日在全县大会上的讲话', '2021-03-05'],
  ])('%s → %s', (title, want) => {
    expect(titleDate(title)).toBe(want);
  });
});

describe('dateLineOf', () => {
  it.each([
    ['（2021年3月5日）', '2021-03-05'],
    ['2021.3.5', '2021-03-05'],
    ['二〇二一年一月二十日', '2021-01-20'],
    ['2021年3月', null],
    ['2021年3月5日上午', null],
    ['2021年3月5日，全县召开大会。', null],
  ])('%s → %s', (line, iso) => {
    expect(dateLineOf(line)).toBe(iso);
  });
});

describe('speechLevel of a study talk', () => {
  it('is not central when the title only studies a central meeting', () => {
    expect(speechLevel('党的十九届五中全会学习研讨发言', null)).toBeNull();
    expect(speechLevel('学习贯彻党的十九届五中全会精神研讨发言', null)).toBeNull();
    expect(speechLevel('在中央和国家机关学习贯彻党的二十届三中全会精神专题读书班上的讲话', '中央和国家机关学习贯彻党的二十届三中全会精神专题读书班')).toBe('central');
  });
});
