// Closed-loop HTTP load for bench:api, run in a worker thread: the load generator must not share
// the API server's event loop (its request writing and response parsing would be charged to the
// server, which the driver side of the comparison never pays). Posts every response time in ms.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/** What the worker is given. */
export interface GraphqlLoad {
  url: string;
  query: string;
  connections: number;
  seconds: number;
}

const load = workerData as GraphqlLoad;
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
    parentPort!.postMessage({ latencies, errors: result.errors + result.non2xx });
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
