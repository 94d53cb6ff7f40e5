import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { testServerConfig } from '../../../test/support/apiClient.js';
import { noDatabase } from '../../../test/support/noDatabase.js';
import { apolloOptions } from '../graphql/apolloOptions.js';
import type { ApiContext } from '../graphql/context.js';
import { warmUp } from './warmUp.js';

describe('warmUp', () => {
  it('sends one answered request and three refused by the document limits, none of which reaches the database', async () => {
    const config = testServerConfig({ production: true });
    const logger = pino({ level: 'silent' });
    const apollo = new ApolloServer<ApiContext>(apolloOptions(config, logger));
    await apollo.start();
    try {
      // Every part of the context that could reach the database throws when used.
      const context = async () => ({ db: noDatabase, repo: noDatabase, loaders: noDatabase, analytics: noDatabase, config, logger, auth: { kind: 'none' } }) as unknown as ApiContext;
      // __typename; a fan-out past the expanded size; a query past the depth; a syntax error.
      expect(await warmUp(apollo, context, config)).toEqual([200, 400, 400, 400]);
    } finally {
      await apollo.stop();
    }
  });
});
