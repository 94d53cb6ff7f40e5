// What Apollo's request pipeline and execution cost per request, without HTTP and without the
// database (a script, not a test): `npx tsx test/bench/executorFloor.ts [--requests 30000]`.
// Apollo with the API's own options (src/api/graphql/apolloOptions.ts: validation rules, cost and status
// plugins, one error formatter), once executing through graphql-js and once with the compiled
// queries (src/api/graphql/compiledExecution.ts's plugin), each asked one request at a time through
// `executeHTTPGraphQLRequest`; co-occurrence answers 20 fixed pairs from memory. Prints CPU ms per
// request of this process, three rounds, so the two executors are compared side by side.
import { parseArgs } from 'node:util';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { pino } from 'pino';
import { apolloOptions } from '../../src/api/graphql/apolloOptions.js';
import type { ApiContext } from '../../src/api/graphql/context.js';
import { createLoaders } from '../../src/api/graphql/loaders.js';
import { loadConfig } from '../../src/config.js';

process.setSourceMapsEnabled(false); // as bench:api, and as the product runs
const { values } = parseArgs({ options: { requests: { type: 'string', default: '30000' } } });
const REQUESTS = Number(values.requests);

const config = loadConfig({}).server;
const pairs = Array.from({ length: 20 }, (_, i) => ({ a: `甲${i}`, aKind: 'NUMBERED', b: `乙${i}`, bKind: 'NUMBERED', support: i + 2, score: 0.5 + i / 100 }));
const answer = { pairs, slogans: [] };
// Only what the co-occurrence resolver reads; nothing reaches a database.
const context = async () => ({ analytics: { cooccurrence: async () => answer }, graphVersion: async () => 'v', loaders: createLoaders({} as never, async () => answer) }) as unknown as ApiContext;
const logger = pino({ level: 'silent' });
const servers: Record<string, ApolloServer<ApiContext>> = {
  'graphql-js': new ApolloServer<ApiContext>(apolloOptions(config, logger, false)),
  compiled: new ApolloServer<ApiContext>(apolloOptions(config, logger)),
};
const queries = {
  'co-occurrence': '{ sloganCooccurrence(scope: SENTENCE, measure: JACCARD, minSupport: 2, first: 20) { a { name kind } b { name kind } support score } }',
  '{ __typename }': '{ __typename }',
};

async function cpuMsPerRequest(server: ApolloServer<ApiContext>, query: string): Promise<number> {
  const ask = () =>
    server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } }, context });
  for (let i = 0; i < REQUESTS / 5; i++) await ask(); // warm-up: JIT, document cache, compiled operation
  const started = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) await ask();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / REQUESTS;
}

for (const server of Object.values(servers)) await server.start();
try {
  console.log(`Apollo pipeline + execution, CPU ms per request (${REQUESTS} requests each, one at a time, no HTTP, no database):`);
  for (let round = 1; round <= 3; round++) {
    const cells: string[] = [];
    for (const [executor, server] of Object.entries(servers)) {
      for (const [name, query] of Object.entries(queries)) cells.push(`${executor} ${name} ${(await cpuMsPerRequest(server, query)).toFixed(3)}`);
    }
    console.log(`  round ${round}: ${cells.join(' | ')}`);
  }
} finally {
  for (const server of Object.values(servers)) await server.stop();
}
