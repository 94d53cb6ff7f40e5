import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';
import type { ApiContext } from './context.js';
import { expandedSize } from './validation/expandedSizeRule.js';

// Why: graphql-js interprets a query anew on every request — for the 20 pairs of a co-occurrence
// answer about 0.1 ms of CPU, half of what Apollo's pipeline and execution cost per request.
// graphql-jit compiles an operation once into a function that resolves the same fields with the
// same resolvers (about 0.01 ms). It is plugged in through Apollo's `responseForOperation` hook,
// which runs after parsing, validation (limits, depth, aliases) and the cost budget: a compiled
// query whose answer has no errors is answered with it; any other (errors, mutations, one-off
// queries) is executed by graphql-js as before, so every error is still made by graphql-js and
// formatted in one place (errors.ts). Apollo's other way in, its gateway executor, was measured
// too: it cost about 0.025 ms more per request than it saved on small queries (its per-request
// gateway context made V8 promote every request's objects to the old generation).

/** How often a query runs interpreted before it is compiled: a one-off query never pays for compiling (as long as validating it; introspection 20–50 ms). */
export const COMPILE_AFTER_RUNS = 1;

/**
 * Largest operation (fields after fragment expansion, see expandedSizeRule) that is compiled:
 * graphql-jit inlines every fragment spread, so its work and code grow with the expanded size;
 * a bigger operation is executed by graphql-js, which merges repeated fragments instead.
 */
export const MAX_COMPILED_FIELDS = 500;

interface OperationState {
  runs: number;
  /** The compiled operation; null when graphql-jit refused it (it then runs interpreted for good). */
  compiled?: CompiledQuery | null;
}

/**
 * Answers a repeated query of at most `maxCompiledFields` expanded fields compiled: an operation's first `compileAfter` runs are left to Apollo
 * (graphql-js), later ones run compiled by graphql-jit (kept per parsed operation: Apollo's document
 * cache hands the same one for the same query text, and a forgotten document takes its compiled
 * operation with it). An answer with errors is dropped and the operation executed by graphql-js:
 * queries only read, and their errors are then exactly what they were. The second run costs little
 * where it matters: a database that is away fails at once (the request's budget remembers it), a
 * request out of time too, and the request's loaders keep what the first run read.
 */
export function compiledQueriesPlugin(logger: Logger, compileAfter = COMPILE_AFTER_RUNS, maxCompiledFields = MAX_COMPILED_FIELDS): ApolloServerPlugin<ApiContext> {
  const operations = new WeakMap<OperationDefinitionNode, OperationState>();
  const responder = {
    async responseForOperation(ctx: GraphQLRequestContextResponseForOperation<ApiContext>): Promise<GraphQLResponse | null> {
      const { operation, document, schema, request, contextValue, operationName } = ctx;
      // No operation (refused by operationChoicePlugin), a mutation, or a document too big to inline.
      if (!operation || operation.operation !== 'query' || expandedSize(document, operation) > maxCompiledFields) return null;
      let state = operations.get(operation);
      if (!state) operations.set(operation, (state = { runs: 0 }));
      if (state.compiled === undefined && state.runs++ >= compileAfter) {
        const started = performance.now();
        const compiled = compileQuery(schema, document, request.operationName ?? undefined);
        state.compiled = isCompiledQuery(compiled) ? compiled : null;
        logger.debug({ operation: operationName, ms: Math.round((performance.now() - started) * 10) / 10, compiled: state.compiled !== null }, 'compiled a GraphQL operation');
      }
      if (!state.compiled) return null;
      const variables = request.variables ?? {};
      // graphql-jit coerces variables itself; graphql-js checks them first, so a bad one is reported as before.
      if (operation.variableDefinitions?.length && getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 1 }).errors) return null;
      const result = await state.compiled.query(undefined, contextValue, variables);
      if (result.errors?.length) return null;
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
    },
  };
  return { requestDidStart: async () => responder };
}
