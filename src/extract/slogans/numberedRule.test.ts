import { describe, expect, it } from 'vitest';
import { classifyNumbered } from './numberedRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();

describe('classifyNumbered', () => {
  it.each([
    ['四个意识'], ['两个维护'], ['六稳'], ['六保'], ['五提'], ['十四五'], ['两不愁三保障'], ['双百工程'],
    ['一岗双责'], ['四风'], ['两型三化'], ['三篇文章'], ['十大平台'], ['双轮驱动'], ['四个二'], ['五大行动计划'],
    ['三种心态'], ['一带一路'], ['二十四字'], ['六城联创'], ['一县一品'], ['三个区分开来'], ['八八战略'],
  ])('%s is a numbered formula', (s) => {
    expect(classifyNumbered(s, lex)).toBe('formula');
  });

  it.each([
    ['两个月'], ['三次会议'], ['三个方面'], ['一亩三分地'], ['一把手'], ['百年梦想'], ['千年愿景'], ['两年'],
    ['三天'], ['五个部门'], ['四面八方'], ['三个'], ['十九'], ['两名干部'], ['百亿项目'], ['三个区'], ['两面人'],
    ['三餐'], ['三板斧'], ['一盘棋'],
  ])('%s is a plain quantity or idiom', (s) => {
    expect(classifyNumbered(s, lex)).toBe('quantity');
  });

  it.each([['一网通办'], ['一窗式办理'], ['金钥匙'], ['改革创新'], ['×次会议'], ['四个意识和四个自信很重要']])(
    '%s is not a numbered formula',
    (s) => {
      expect(classifyNumbered(s, lex)).toBe('none');
    },
  );
});
