import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListSizes } from '../../graph/read/speechReads.js';
import { queryCost } from './queryCost.js';
import { knownListSizes, speechOfListFields } from './listSizes.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const sizes = (slogans: number): ListSizes => ({ sections: 5, slogans, meetings: 2, persons: 1, documents: 0, terms: 30 });
const stored = { largest: sizes(5000), bySpeech: new Map([['small', sizes(3)]]) };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return queryCost(schema, document, variables, undefined, knownListSizes(speechOfListFields(document, variables), stored));
}

describe('list costs from stored sizes', () => {
  it("costs a named speech's lists by its own sizes, by literal or variable id", () => {
    expect(cost('{ speech(id: "small") { slogans { count } } }')).toBe(1 + (1 + 3 * 1));
    expect(cost('query($id: ID!) { speech(id: $id) { slogans { count } } }', { id: 'small' })).toBe(1 + (1 + 3 * 1));
  });

  it('costs an unknown speech at nothing (it answers null) and a page of speeches by the largest lists', () => {
    expect(cost('{ speech(id: "gone") { slogans { count } } }')).toBe(1 + 1);
    expect(cost('{ speeches(first: 2) { edges { node { slogans { count } } } } }')).toBe(1 + 2 * (1 + (1 + (1 + 5000))));
  });

  it('uses the largest size for a fragment spread both under a named speech and a page', () => {
    const query = '{ speech(id: "small") { ...S } speeches(first: 1) { edges { node { ...S } } } } fragment S on Speech { slogans { count } }';
    expect(cost(query)).toBe(1 + (1 + 5000) + (1 + 1 * (1 + (1 + (1 + 5000)))));
  });

  it('bounds a stored size by the page argument (terms, sections)', () => {
    expect(cost('{ speech(id: "small") { terms(first: 10) { term } sections(first: 1000) { heading } } }')).toBe(1 + (1 + 10) + (1 + 5));
  });
});
