// What the GraphQL layer costs by itself (a script, not a test): `NEO4J_URI=… npx tsx test/bench/apiFloor.ts [--seconds 5] [--connections 8] [--cpu-profile PREFIX]`.
// The co-occurrence query of bench:api, with the database's answer recorded once and replayed from
// memory (on the next turn of the event loop, as a network answer would come), so neither path
// waits for Neo4j: CPU ms per request of the API process for the GraphQL request, of the caller for
// the same repository call, and for reference `{ __typename }` (Apollo with no resolver work).
// The graph behind NEO4J_URI must hold co-occurrence (e.g. the --home instance of bench:api).
// --cpu-profile writes a V8 profile of each measured window (PREFIX-graphql.cpuprofile, …-driver, …-typename).
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApiServer } from '../../src/api/http/createApiServer.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/graph/database.js';
import { sloganCooccurrence } from '../../src/graph/cooccurrence/sloganCooccurrence.js';
import { profiled } from './cpuProfile.js';
import { viaDriver, viaGraphql } from './loadWindows.js';

process.setSourceMapsEnabled(false); // as bench:api, and as the product runs
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '8' }, 'cpu-profile': { type: 'string' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

const config = loadConfig();
if (config.neo4j.uri === null) throw new Error('set NEO4J_URI to a graph that holds co-occurrence');
const real = openDatabase({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
const recorded = new Map<string, ReturnType<Database['readStatement']>>();
const replaying: Database = {
  ...real,
  readStatement(cypher, parameters) {
    const key = cypher + JSON.stringify(parameters);
    if (!recorded.has(key)) recorded.set(key, real.readStatement(cypher, parameters));
    return recorded.get(key)!.then((records) => new Promise((resolve) => setImmediate(() => resolve(records))));
  },
};
const server = await createApiServer({ db: replaying, config: { ...config.server, host: '127.0.0.1', port: 0, analyticsCacheEntries: 0 }, logger: pino({ level: 'silent' }) });
const opts = { scope: 'SENTENCE', measure: 'JACCARD', minSupport: 2, first: 20 } as const;
const query = `{ sloganCooccurrence(scope: ${opts.scope}, measure: ${opts.measure}, minSupport: ${opts.minSupport}, first: ${opts.first}) { a { name kind } b { name kind } support score } }`;
try {
  await sloganCooccurrence(replaying, opts); // records the answer
  // The first round warms both paths; the second is printed.
  for (const round of [1, 2]) {
    const profile = (path: string) => (round === 2 && values['cpu-profile'] !== undefined ? `${values['cpu-profile']}-${path}.cpuprofile` : undefined);
    const g = await profiled(profile('graphql'), () => viaGraphql(server.url, query, CONNECTIONS, SECONDS));
    const d = await profiled(profile('driver'), () => viaDriver(() => sloganCooccurrence(replaying, opts), CONNECTIONS, SECONDS));
    const t = await profiled(profile('typename'), () => viaGraphql(server.url, '{ __typename }', CONNECTIONS, SECONDS));
    if (round === 2) {
      console.log(`co-occurrence (${opts.scope}, ${opts.measure}, top ${opts.first}) answered from memory, ${CONNECTIONS} connections, ${SECONDS} s each:`);
      console.log(`  GraphQL request:  ${g.cpuMs.toFixed(3)} ms CPU/req of the API process (${g.rps.toFixed(0)} req/s, ${g.errors} errors)`);
      console.log(`  repository call:  ${d.cpuMs.toFixed(3)} ms CPU/req of the caller (${d.rps.toFixed(0)} req/s)`);
      console.log(`  { __typename }:   ${t.cpuMs.toFixed(3)} ms CPU/req of the API process (${t.rps.toFixed(0)} req/s)`);
    }
  }
} finally {
  await server.stop();
  await real.close();
}
