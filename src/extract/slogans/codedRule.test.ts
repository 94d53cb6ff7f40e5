import { describe, expect, it } from 'vitest';
import { isCodedFormula } from './codedRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();
const coded = (content: string, before = '落实', after = '工作部署') => isCodedFormula(content, { before, after }, lex);

describe('isCodedFormula', () => {
  it.each([['1+2+4+N'], ['5+2'], ['1+X'], ['2＋N'], ['51020'], ['1313'], ['132'], ['415X']])('“%s” is a digit-coded formula', (content) => {
    expect(coded(content)).toBe(true);
  });

  it.each([
    ['2035', 'a year'],
    ['8·20', 'a date'],
    ['5%', 'a percentage'],
    ['1', 'a single digit'],
    ['30条', 'a count of articles'],
    ['12345', 'a hotline by shape'],
    ['110', 'an emergency number'],
  ])('“%s” is not (%s)', (content) => {
    expect(coded(content)).toBe(false);
  });

  it('is not a number next to a service word', () => {
    expect(coded('88001', '', '服务热线')).toBe(false);
    expect(coded('88001', '拨打', '')).toBe(false);
  });
});
