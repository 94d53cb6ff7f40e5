import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, type ValidationRule } from 'graphql';
import { armoredRule } from './armoredRule.js';

/** At most `maxAliases` aliased fields in an operation (QUERY_TOO_COMPLEX): aliases multiply work without adding cost per field. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return armoredRule(
    maxAliasesRule as (options: object) => ValidationRule,
    { n: maxAliases },
    (found) => new GraphQLError(`the query has ${found} aliases, more than the limit of ${maxAliases}`, { extensions: { code: 'QUERY_TOO_COMPLEX', maxAliases } }),
  );
}
