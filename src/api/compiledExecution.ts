import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';
import type { ApiContext } from './context.js';

// Why: graphql-js interprets a query anew on every request — for the 20 pairs of a co-occurrence
// answer about 0.1 ms of CPU, a quarter of what the GraphQL layer costs per request. graphql-jit
// compiles an operation once into a function that resolves the same fields with the same
// resolvers (about 0.01 ms), so a repeated operation skips the interpretation. Apollo Server 5
// takes another executor only through its gateway interface, which is what this is: the schema
// built as Apollo builds it from typeDefs and resolvers, and an executor. Apollo still parses,
// validates (limits, depth, aliases), runs the plugins (cost budget, status codes) and formats
// every error in one place (errors.ts); only execution changes.

type Resolvers = Parameters<typeof makeExecutableSchema>[0]['resolvers'];
type Gateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How often an operation runs interpreted before it is compiled: a one-off query never pays for compiling (as long as validating it; introspection 20–50 ms). */
export const COMPILE_AFTER_RUNS = 1;

interface OperationState {
  runs: number;
  /** The compiled operation; null when graphql-jit refused it (it then runs interpreted for good). */
  compiled?: CompiledQuery | null;
}

/**
 * An executor for Apollo: an operation's first `compileAfter` runs are interpreted by graphql-js,
 * later ones run compiled by graphql-jit (kept per parsed operation: Apollo's document cache
 * hands the same one for the same query text, and a forgotten document takes its compiled
 * operation with it). Variables are coerced by graphql-js first, so a bad variable is reported
 * as graphql-js reports it (Apollo answers 400 BAD_USER_INPUT).
 */
export function compiledExecutor(schema: GraphQLSchema, logger: Logger, compileAfter = COMPILE_AFTER_RUNS): Executor {
  const operations = new WeakMap<OperationDefinitionNode, OperationState>();
  const interpreted = (ctx: Parameters<Executor>[0]) =>
    execute({ schema, document: ctx.document, contextValue: ctx.context, variableValues: ctx.request.variables, operationName: ctx.request.operationName }) as Promise<ExecutionResult>;
  return async (ctx) => {
    // No operation (none or an unknown name): graphql-js reports it.
    const operation = ctx.operation as OperationDefinitionNode | undefined;
    if (!operation) return interpreted(ctx);
    let state = operations.get(operation);
    if (!state) operations.set(operation, (state = { runs: 0 }));
    if (state.compiled === undefined && state.runs++ >= compileAfter) {
      const started = performance.now();
      const compiled = compileQuery(schema, ctx.document, ctx.request.operationName, { disablingCapturingStackErrors: true });
      state.compiled = isCompiledQuery(compiled) ? compiled : null;
      logger.debug({ operation: ctx.operationName, ms: Math.round((performance.now() - started) * 10) / 10, compiled: state.compiled !== null }, 'compiled a GraphQL operation');
    }
    if (!state.compiled) return interpreted(ctx);
    const variables = ctx.request.variables ?? {};
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = await state.compiled.query(undefined, ctx.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
  };
}

// graphql-jit's errors are GraphQLErrors without `extensions` when their cause had none; Apollo's
// error formatting reads `extensions.code` and would fail. The same error as graphql-js makes it.
function asGraphqlError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions ?? undefined });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/** Apollo's `gateway` option: the schema of `typeDefs` and `resolvers` (as Apollo would build it), executed by `compiledExecutor`. */
export function compiledGateway(typeDefs: string, resolvers: Resolvers, logger: Logger, compileAfter = COMPILE_AFTER_RUNS): Gateway {
  const schema = makeExecutableSchema({ typeDefs: [typeDefs], resolvers });
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: typeDefs });
      return () => {};
    },
    load: async () => ({ executor: compiledExecutor(schema, logger, compileAfter) }),
    stop: async () => {},
  };
}
