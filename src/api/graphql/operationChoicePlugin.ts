import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind } from 'graphql';
import { ApiError } from './errors.js';

// Apollo reads extensions.http for the status (a client error, not a 500) and strips it from the response.
const refused = (message: string, extra: Record<string, unknown> = {}) => new ApiError(message, 'BAD_USER_INPUT', { ...extra, http: { status: 400 } });

/**
 * Refuses, as BAD_USER_INPUT (400), a request whose document names no operation it can run: several
 * operations and no `operationName`, an `operationName` that matches none, or a subscription (the
 * schema has none). graphql-js would report these only while executing, as errors without a code.
 */
export function operationChoicePlugin<T extends object>(): ApolloServerPlugin<T> {
  const listener: GraphQLRequestListener<T> = {
    async didResolveOperation({ operation, document, request, schema }) {
      if (!operation) {
        const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : []));
        const asked = request.operationName;
        throw refused(
          asked !== undefined && asked !== null
            ? `operationName ${JSON.stringify(String(asked).slice(0, 100))} names no operation of the document (it has ${names.slice(0, 10).join(', ') || 'none'})`
            : `the document holds ${names.length} operations; say which to run with operationName`,
          { argumentName: 'operationName' },
        );
      }
      if (operation.operation === 'subscription' && !schema.getSubscriptionType()) throw refused('this server has no subscriptions; send a query or a mutation');
    },
  };
  return { requestDidStart: async () => listener };
}
