import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule } from './validation/aliasLimitRule.js';
import { ANALYTICS_COST, queryCost, UNSIZED_LIST_FACTOR } from './queryCost.js';
import { depthLimitRule } from './validation/depthLimitRule.js';
import { rootFieldLimitRule } from './validation/rootFieldLimitRule.js';
import { loadConfig } from '../../config.js';
import { loadSchema } from './loadSchema.js';

const schema = buildSchema(loadSchema());
const cost = (query: string) => queryCost(schema, parse(query), {});

describe('queryCost', () => {
  it.each([
    ['a scalar root field', '{ slogan(name: "x") { name } }', 2],
    ['a page multiplies its items by first', '{ speeches(first: 10) { totalCount edges { node { id title } } } }', 1 + 10 * (1 + (1 + (1 + 1 + 1)))],
    ['an unsized list counts as UNSIZED_LIST_FACTOR items', '{ speech(id: "x") { slogans { count } } }', 1 + (1 + UNSIZED_LIST_FACTOR * 1)],
    ['a section tree counts its page bound once, however deep', '{ speech(id: "x") { sections(first: 50) { id children { id children { id } } } } }', 1 + (1 + 50 * (1 + (1 + 1 + (1 + 1))))],
    ['SENTENCE co-occurrence costs its scan', '{ sloganCooccurrence(scope: SENTENCE, first: 1) { support } }', 1 + ANALYTICS_COST.cooccurrence.SENTENCE! + 1],
    ['SPEECH co-occurrence reads materialised pairs', '{ sloganCooccurrence(first: 1) { support } }', 1 + ANALYTICS_COST.cooccurrence.SPEECH! + 1],
    ['filtered SPEECH co-occurrence aggregates mentions', '{ sloganCooccurrence(first: 1, filter: { level: CENTRAL }) { support } }', 1 + ANALYTICS_COST.filteredCooccurrence.SPEECH! + 1],
    ['filtered SENTENCE co-occurrence walks every sentence of the kept speeches', '{ sloganCooccurrence(scope: SENTENCE, first: 1, filter: { dateFrom: "2020-03" }) { support } }', 1 + ANALYTICS_COST.filteredCooccurrence.SENTENCE! + 1],
    ['co-occurrence in whole years adds up stored slices', '{ sloganCooccurrence(scope: SENTENCE, first: 1, filter: { dateFrom: "2020", dateTo: "2021" }) { support } }', 1 + ANALYTICS_COST.slicedCooccurrence + 1],
    ['co-occurrence in one province adds up a stored slice', '{ sloganCooccurrence(first: 1, filter: { place: "320000" }) { support } }', 1 + ANALYTICS_COST.slicedCooccurrence + 1],
    ['co-occurrence in a province and a year is counted from the speeches', '{ sloganCooccurrence(first: 1, filter: { place: "320000", dateFrom: "2020" }) { support } }', 1 + ANALYTICS_COST.filteredCooccurrence.SPEECH! + 1],
    ['search costs its index lookup', '{ search(text: "x", first: 1) { id } }', 1 + ANALYTICS_COST.search + 1],
    ['introspection is free', getIntrospectionQuery(), 0],
  ])('%s', (_name, query, expected) => expect(cost(query)).toBe(expected));

  it('grows with nested pages', () => {
    expect(cost('{ speeches(first: 100) { edges { node { slogans { slogan { speeches(first: 100) { title } } } } } } }')).toBe(1 + 100 * (1 + (1 + (1 + UNSIZED_LIST_FACTOR * (1 + (1 + 100))))));
  });

  it('lets no request hold more than two filtered SENTENCE co-occurrences (each one scan of mentions per sentence)', () => {
    const { maxComplexity } = loadConfig({}).server;
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `p${i}: sloganCooccurrence(scope: SENTENCE, measure: LIFT, minSupport: ${i + 1}, first: 100, filter: { dateFrom: "20${10 + i}-06" }) { support }`).join(' ')} }`;
    expect(cost(aliases(2))).toBeLessThanOrEqual(maxComplexity);
    expect(cost(aliases(3))).toBeGreaterThan(maxComplexity);
    expect(cost(aliases(20))).toBeGreaterThan(maxComplexity);
  });

  it('prices a co-occurrence per slogan of a page', () => {
    expect(cost('{ slogans(first: 100) { edges { node { cooccurring(scope: SENTENCE, first: 1) { support } } } } }')).toBeGreaterThan(100 * ANALYTICS_COST.cooccurrence.SENTENCE!);
  });
});

const errors = (query: string, ...rules: Array<ReturnType<typeof depthLimitRule>>) => validate(schema, parse(query), [...specifiedRules, ...rules]);

describe('depthLimitRule', () => {
  it('accepts a query at the limit and refuses one beyond it with QUERY_TOO_DEEP', () => {
    const query = '{ speech(id: "x") { sections { children { children { id } } } } }';
    expect(errors(query, depthLimitRule(4))).toEqual([]);
    const refused = errors(query, depthLimitRule(3));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('counts fields inside fragments at the depth they are spread', () => {
    const query = '{ speech(id: "x") { ...S } } fragment S on Speech { sections { children { children { id } } } }';
    expect(errors(query, depthLimitRule(4))).toEqual([]);
    expect(errors(query, depthLimitRule(3)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('does not count introspection', () => {
    expect(errors(getIntrospectionQuery(), depthLimitRule(3))).toEqual([]);
  });

  it('leaves a fragment cycle to graphql (a validation error, not a stack overflow)', () => {
    const found = errors('{ slogan(name: "x") { ...A } } fragment A on Slogan { name ...A }', depthLimitRule(12), aliasLimitRule(30), rootFieldLimitRule(20));
    expect(found.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});

describe('aliasLimitRule and rootFieldLimitRule', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: slogan(name: "${i}") { name }`).join(' ')} }`;

  it('refuses more aliases than allowed with QUERY_TOO_COMPLEX, counting those inside fragments', () => {
    expect(errors(aliased(3), aliasLimitRule(3))).toEqual([]);
    expect(errors(aliased(4), aliasLimitRule(3)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const inFragment = '{ slogan(name: "x") { ...F } } fragment F on Slogan { a: name b: name c: name d: name }';
    expect(errors(inFragment, aliasLimitRule(3)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses more root fields than allowed, through fragments, not counting __typename', () => {
    expect(errors(`{ __typename ${aliased(2).slice(1, -1)} }`, rootFieldLimitRule(2))).toEqual([]);
    const spread = '{ ...Q ... on Query { c: slogan(name: "c") { name } } } fragment Q on Query { a: slogan(name: "a") { name } b: slogan(name: "b") { name } }';
    const refused = errors(spread, rootFieldLimitRule(2));
    expect(refused.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused[0]!.message).toContain('3 root fields');
  });
});
