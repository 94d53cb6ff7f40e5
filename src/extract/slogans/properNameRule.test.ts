import { describe, expect, it } from 'vitest';
import { findSlogans } from './findSlogans.js';
import { endsAsProduct, followedByNameNoun, namesHonour, opensWithPlace } from './properNameRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();
const around = (before: string, after: string) => ({ before, after });
const locate = () => ({ sectionId: null, sentence: 0 });
const names = (text: string): string[] => findSlogans(text, { start: 0, end: text.length }, locate, []).map((s) => s.name);

describe('proper names quoted like formulations', () => {
  it.each([
    ['四川云教', true],
    ['长春人才创新港', true],
    ['四川省科创通', true],
    ['平安四川', false], // a place last is how formulations name their scope
    ['四个意识', false],
    ['吉林工匠、辽宁优品', false], // an enumeration is judged part by part
  ])('placeLedName: %s', (written, expected) => {
    expect(opensWithPlace(written)).toBe(expected);
  });

  it.each([
    ['最佳旅游乡村', around('村入选世界', '。'), true],
    ['双高计划', around('校入选国家', '。'), false], // a numbered programme stays a formula
    ['最多跑一次', around('推进', '改革'), false],
  ])('honourName: %s', (written, context, expected) => {
    expect(namesHonour(written, context, lex)).toBe(expected);
  });

  it.each([
    [around('上线', '平台，'), true],
    [around('新晋', '院士2位'), true],
    [around('推进', '流域治理'), true],
    [around('推进', '工作'), false],
  ])('followedByName: %o', (context, expected) => {
    expect(followedByNameNoun(context, lex)).toBe(expected);
  });

  it.each([
    ['天府入企码', true],
    ['一企一码', false],
    ['放管服', false],
  ])('productName: %s', (written, expected) => {
    expect(endsAsProduct(written, lex)).toBe(expected);
  });

  it.each([
    ['上线“四川省科创通”平台。'],
    ['新晋“两院”院士2位。'],
    ['入选世界“最佳旅游乡村”。'],
    ['全面实施“天府入企码”。'],
    ['试点“四川云教”。'],
  ])('finds no slogan in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['7所学校入选国家“双高计划”。', '双高计划'],
    ['推行“一企一码”。', '一企一码'],
    ['树牢“四个意识”平台。', '四个意识'], // a lexicon formula is looked up first
  ])('keeps the formula in %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
