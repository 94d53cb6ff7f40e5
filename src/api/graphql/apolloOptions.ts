import type { ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { ServerConfig } from '../../config.js';
import type { ApiContext } from './context.js';
import { compiledQueriesPlugin } from './compiledExecution.js';
import { createErrorFormatter, statusFromErrorsPlugin } from './errors.js';
import { aliasLimitRule } from './validation/aliasLimitRule.js';
import { costLimitPlugin } from './costLimitPlugin.js';
import { depthLimitRule } from './validation/depthLimitRule.js';
import { expandedSizeRule } from './validation/expandedSizeRule.js';
import { operationChoicePlugin } from './operationChoicePlugin.js';
import { rootFieldLimitRule } from './validation/rootFieldLimitRule.js';
import { loadSchema } from './loadSchema.js';
import { resolvers } from './resolvers/index.js';

/** Tokens a GraphQL document may have: GraphiQL's introspection has under 200, our examples under 100. */
export const MAX_TOKENS = 2_000;

/**
 * Apollo's options for the API: schema.graphql and the resolvers, limits, coded errors and the
 * plugins every request runs. One definition for createApiServer and for the benchmark that
 * measures Apollo's own cost (test/bench/executorFloor.ts), which turns `compiledQueries` off to
 * compare graphql-js with the compiled queries under the same setup.
 */
export function apolloOptions(config: ServerConfig, logger: Logger, compiledQueries = true): ApolloServerOptions<ApiContext> {
  return {
    typeDefs: loadSchema(),
    resolvers,
    introspection: config.introspection,
    csrfPrevention: true,
    // The command that serves stops the server on SIGINT/SIGTERM itself and then says what keeps
    // running. Apollo's own handling would stop first and re-send the signal, killing the process
    // before that message (it is off only under NODE_ENV=test, so only a real run shows it).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in production: suggestions map the schema for strangers.
    hideSchemaDetailsFromClientErrors: config.production,
    // Bounds parsing work before any rule runs (a 2 MB body of tokens would otherwise be parsed in full).
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimitRule(config.maxDepth), aliasLimitRule(config.maxAliases), rootFieldLimitRule(config.maxRootFields), expandedSizeRule(config.maxExpandedFields)],
    formatError: createErrorFormatter(config.production, (error) => logger.error({ err: error }, 'request failed')),
    plugins: [
      operationChoicePlugin(),
      costLimitPlugin(config.maxComplexity),
      statusFromErrorsPlugin(),
      // A repeated query is answered compiled, after the limits and the cost budget (compiledExecution.ts).
      ...(compiledQueries ? [compiledQueriesPlugin(logger)] : []),
      ApolloServerPluginLandingPageDisabled(),
      // Unused features that cost every request: cache hints (a hook on every resolved field) and
      // federated traces. Apollo installs both unless told not to.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  };
}
