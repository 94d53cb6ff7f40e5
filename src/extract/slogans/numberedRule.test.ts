import { describe, expect, it } from 'vitest';
import { classifyNumbered, isWellFormedNumber } from './numberedRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();

describe('classifyNumbered', () => {
  it.each([
    ['四个意识'], ['两个维护'], ['六稳'], ['六保'], ['五提'], ['十四五'], ['两不愁三保障'], ['双百工程'],
    ['一岗双责'], ['四风'], ['两型三化'], ['三篇文章'], ['十大平台'], ['双轮驱动'], ['四个二'], ['五大行动计划'],
    ['三种心态'], ['一带一路'], ['二十四字'], ['六城联创'], ['一县一品'], ['三个区分开来'], ['八八战略'],
    // A second numeral pairs the counts, even after a unit or a counted noun.
    ['一户一档'], ['一村一品'], ['一月一调度'], ['一季一通报'], ['一事一议'], ['一人一策'], ['三查三访'], ['一周一调度'],
    ['三个一批'], ['五个一'],
    // Several numerals that make no number, counters beyond 个, and an ordinal before a priority's noun.
    ['十百千万'], ['四千四万'], ['三张图'], ['三条措施'], ['五种意识'], ['一号工程'],
  ])('%s is a numbered formula', (s) => {
    expect(classifyNumbered(s, lex)).toBe('formula');
  });

  it.each([
    ['两个月'], ['三次会议'], ['三个方面'], ['一亩三分地'], ['一把手'], ['百年梦想'], ['千年愿景'], ['两年'],
    ['三天'], ['五个部门'], ['四面八方'], ['三个'], ['十九'], ['两名干部'], ['百亿项目'], ['三个区'], ['两面人'],
    ['三餐'], ['三板斧'], ['一盘棋'],
    // Paired numerals whose second half is itself a quantity, and paired idioms.
    ['一年两次'], ['两年三个月'], ['一日三餐'], ['一年四季'], ['三天两夜'], ['三个月一次'], ['一年一度'], ['一天一夜'],
    ['一点一滴'], ['一言一行'],
    // Counts of the speaker's own points, and ordinal numbers.
    ['三点要求'], ['四点意见'], ['六条经验'], ['三号线'],
  ])('%s is a plain quantity or idiom', (s) => {
    expect(classifyNumbered(s, lex)).toBe('quantity');
  });

  it.each([
    ['一网通办'], ['一窗式办理'], ['金钥匙'], ['改革创新'], ['×次会议'], ['四个意识和四个自信很重要'],
    // Words that start with a numeral character but count nothing.
    ['百姓少跑腿'], ['千万不能松懈'], ['一切为了群众'],
    // Wordplay on an idiom, a count above ten naming a thing, a ranking's name.
    ['四面逢源'], ['十八盘'], ['二十四节气'], ['十大考古新发现'],
  ])(
    '%s is not a numbered formula',
    (s) => {
      expect(classifyNumbered(s, lex)).toBe('none');
    },
  );
});

describe('isWellFormedNumber', () => {
  it.each([['三'], ['十'], ['十五'], ['三十五'], ['两千'], ['一百二十'], ['三万五千']])('%s is one number', (s) => {
    expect(isWellFormedNumber(s)).toBe(true);
  });
  it.each([['十百千万'], ['四千四万'], ['十四五'], ['一二九'], ['千十']])('%s is none', (s) => {
    expect(isWellFormedNumber(s)).toBe(false);
  });
});
