import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError, getNullableType, isListType, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { ApiError } from './errors.js';

/** Cost factor of a list field without a page-size argument (sections, slogans of a speech …). */
export const UNSIZED_LIST_FACTOR = 10;

// Types whose list fields are already counted by the page size of the field that returns them.
const PAGED_CONTAINERS = new Set(['SpeechConnection', 'SloganConnection', 'MeetingConnection', 'GraphView']);

/** Estimates a field's cost: lists multiply their children's cost by `first`/`limit`, or by UNSIZED_LIST_FACTOR. */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (GraphiQL's schema explorer) is governed by the introspection setting, not by cost.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : null;
  if (size !== null) return 1 + childComplexity * Math.max(1, size);
  if (isListType(getNullableType(field.type)) && !PAGED_CONTAINERS.has(type.name)) {
    return 1 + childComplexity * UNSIZED_LIST_FACTOR;
  }
  return undefined;
};

/** graphql-depth-limit as a validation rule whose error carries the code QUERY_TOO_DEEP. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth) as unknown as ValidationRule;
  return (context: ValidationContext) => {
    // The library reports a plain GraphQLError (from its own copy of graphql); give it our code.
    const coded = Object.create(context) as ValidationContext;
    coded.reportError = (error) =>
      context.reportError(
        new GraphQLError(`the query is nested deeper than the limit of ${maxDepth} levels`, {
          nodes: error.nodes,
          extensions: { code: 'QUERY_TOO_DEEP', maxDepth },
        }),
      );
    return rule(coded);
  };
}

/** Estimated cost of an operation in a document (used by the plugin and the tests). */
export function queryCost(schema: GraphQLSchema, query: import('graphql').DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Refuses an operation whose estimated cost exceeds `maxCost`, before anything is executed (QUERY_TOO_COMPLEX). */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            // Apollo reads extensions.http for the status (a client error, not a 500) and strips it from the response.
            throw new ApiError(`query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists`, 'QUERY_TOO_COMPLEX', {
              cost,
              maxCost,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
