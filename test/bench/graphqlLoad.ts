// Closed-loop HTTP load for bench:api, run in a child process: the load generator must not share
// the API server's event loop (its request writing and response parsing would be charged to the
// server, which the driver side of the comparison never pays), nor its process, so that the bench
// process's CPU time during a GraphQL window is the server's alone (CPU per request). Receives a
// GraphqlLoad over IPC, sends back every response time in ms, then exits.
import autocannon from 'autocannon';

/** What the child is given. */
export interface GraphqlLoad {
  url: string;
  query: string;
  connections: number;
  seconds: number;
}

/** What the child sends back: every latency in ms, and failed or non-2xx responses. */
export interface GraphqlLoadResult {
  latencies: number[];
  errors: number;
}

process.once('message', (load: GraphqlLoad) => {
  const latencies: number[] = [];
  const instance = autocannon(
    {
      url: `${load.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: load.query }),
      connections: load.connections,
      duration: load.seconds,
      timeout: 300, // uncached co-occurrence on a large graph can take many seconds; count it, do not drop it
    },
    (error, result) => {
      if (error) throw error;
      process.send!({ latencies, errors: result.errors + result.non2xx } satisfies GraphqlLoadResult, () => process.disconnect());
    },
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
});
process.send!('ready');
