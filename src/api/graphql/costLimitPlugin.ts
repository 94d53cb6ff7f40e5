import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApiContext } from './context.js';
import { ApiError } from './errors.js';
import { knownListSizes, mayHaveListFields, speechOfListFields } from './listSizes.js';
import { queryCost } from './queryCost.js';

/** Most variable sets remembered per document by the cost cache. */
const COSTS_PER_DOCUMENT = 16;

// Apollo hands the same parsed DocumentNode for the same query text (its document cache), and a
// cost without stored list sizes depends on the document, the variables and the operation alone:
// a repeated query skips the walk over the schema (a quarter of a millisecond per request).
function costCache() {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    of(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
      const key = JSON.stringify([operationName ?? null, variables]);
      let known = byDocument.get(document);
      const hit = known?.get(key);
      if (hit !== undefined) return hit;
      const cost = queryCost(schema, document, variables, operationName);
      if (!known) byDocument.set(document, (known = new Map()));
      if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
      known.set(key, cost);
      return cost;
    },
  };
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before anything is executed
 * (QUERY_TOO_COMPLEX). An operation with Speech lists first reads their stored sizes (one indexed
 * read, under the request's budget), so a small speech's lists cost little and a huge one's a lot.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<ApiContext> {
  const costs = costCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue, operation }) {
          if (!operation) return; // refused by operationChoicePlugin
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          const owner = speechOfListFields(document, variables, operationName);
          const ids = [...new Set([...owner.values()].filter((id): id is string => id !== null))];
          // A failing read fails the request as any read does (503 when the database is away).
          const sizes = mayHaveListFields(owner) ? knownListSizes(owner, await contextValue.repo.listSizes(ids)) : undefined;
          let cost: number;
          try {
            cost = sizes === undefined ? costs.of(schema, document, variables, operationName) : queryCost(schema, document, variables, operationName, sizes);
          } catch (error) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT (400).
            if (getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 }).errors) return;
            // Anything else (the estimate's own node limit, a bug): a limit that cannot compute says no.
            throw new ApiError(`the cost of this query cannot be estimated (${(error as Error).message.slice(0, 120)}), so it is refused; ask for less`, 'QUERY_TOO_COMPLEX', {
              maxCost,
              http: { status: 400 },
            });
          }
          if (!(cost <= maxCost)) {
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
