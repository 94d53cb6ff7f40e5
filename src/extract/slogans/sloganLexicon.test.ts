import { describe, expect, it } from 'vitest';
import { parseSloganLexicon, sloganLexicon } from './sloganLexicon.js';

describe('sloganLexicon', () => {
  const lex = sloganLexicon();

  it('holds at least 25 formulas with unique names', () => {
    expect(lex.formulas.length).toBeGreaterThanOrEqual(25);
    expect(new Set(lex.formulas.map((f) => f.name)).size).toBe(lex.formulas.length);
  });

  it.each([
    ['四个意识', ['政治意识', '大局意识', '核心意识', '看齐意识']],
    ['四个自信', ['道路自信', '理论自信', '制度自信', '文化自信']],
    ['两委', ['村党支部委员会', '村民委员会']],
  ])('%s has its members', (name, members) => {
    expect(lex.formulas.find((f) => f.name === name)?.members).toEqual(members);
  });

  it('maps 两个坚决维护 to 两个维护', () => {
    expect(lex.formulas.find((f) => f.name === '两个维护')?.variants).toContain('两个坚决维护');
  });

  it.each([
    ['{', /invalid JSON/],
    ['{"formulas": 3}', /"formulas" list/],
    ['{"formulas": [{"name": "四个意识", "kind": "OTHER", "members": [], "variants": []}]}', /"kind"/],
    ['{"formulas": [], "numerals": "一二"}', /"quantityUnits"/],
  ])('rejects bad data %s with a message naming the file', (json, problem) => {
    expect(() => parseSloganLexicon(json)).toThrow(problem);
    expect(() => parseSloganLexicon(json)).toThrow(/slogans\.json/);
  });
});
