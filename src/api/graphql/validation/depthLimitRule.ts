import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationRule } from 'graphql';
import { armoredRule } from './armoredRule.js';

/**
 * Depth limit (QUERY_TOO_DEEP). graphql-armor's rule remembers the fragments it has visited, so a
 * fragment cycle is left to graphql's own NoFragmentCycles rule instead of overflowing the stack.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  // graphql-armor counts the leaf level too: its n is one more than the nesting of fields with fields.
  return armoredRule(
    maxDepthRule as (options: object) => ValidationRule,
    { n: maxDepth + 1, ignoreIntrospection: true, flattenFragments: true },
    (found) =>
      new GraphQLError(`the query is nested ${Number(found) - 1} levels deep, more than the limit of ${maxDepth}`, {
        extensions: { code: 'QUERY_TOO_DEEP', maxDepth },
      }),
  );
}
