import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule, queryCost, UNSIZED_LIST_FACTOR } from './limits.js';
import { loadSchema } from './loadSchema.js';

const schema = buildSchema(loadSchema());
const cost = (query: string) => queryCost(schema, parse(query), {});

describe('queryCost', () => {
  it.each([
    ['a scalar root field', '{ slogan(name: "x") { name } }', 2],
    ['a page multiplies its items by first', '{ speeches(first: 10) { totalCount edges { node { id title } } } }', 1 + 10 * (1 + (1 + (1 + 1 + 1)))],
    ['an unsized list counts as UNSIZED_LIST_FACTOR items', '{ speech(id: "x") { sections { id } } }', 1 + (1 + UNSIZED_LIST_FACTOR * 1)],
    ['introspection is free', getIntrospectionQuery(), 0],
  ])('%s', (_name, query, expected) => expect(cost(query)).toBe(expected));

  it('grows with nested pages', () => {
    expect(cost('{ speeches(first: 100) { edges { node { slogans { slogan { speeches(first: 100) { title } } } } } } }')).toBe(1 + 100 * (1 + (1 + (1 + UNSIZED_LIST_FACTOR * (1 + (1 + 100))))));
  });
});

describe('depthLimitRule', () => {
  const errors = (query: string, max: number) => validate(schema, parse(query), [...specifiedRules, depthLimitRule(max)]);
  it('accepts a query at the limit and refuses one beyond it with QUERY_TOO_DEEP', () => {
    const query = '{ speech(id: "x") { sections { children { children { id } } } } }';
    expect(errors(query, 4)).toEqual([]);
    const refused = errors(query, 3);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.extensions.code).toBe('QUERY_TOO_DEEP');
  });
  it('does not count introspection', () => {
    expect(errors(getIntrospectionQuery(), 3)).toEqual([]);
  });
});
