import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { checkGraph } from '../src/app/checkGraph.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { refreshDerivedData } from '../src/graph/refreshDerivedData.js';
import { writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { generateSpeechSpecs } from './bench/syntheticCorpus.js';
import { SYNTHETIC_LEXICON } from './bench/syntheticLexicon.js';
import { buildSpeech } from './bench/syntheticSpeech.js';
import { gql, pollHealthDuring, testServerConfig } from './support/apiClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// The plain-HTTP routes (/export, /explore data, /guide) run under the same request
// budget as GraphQL. The attack: many downloads of the whole graph by clients that never read
// them, each holding a database session while its answer waits for room in the socket.
const silent = pino({ level: 'silent' });
let db: Database;
let server: ApiServer;
const SPEECHES = 240;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  // A whole-graph export of ~13 MB: more than the socket buffers hold, so a client that does not read stalls it.
  const specs = generateSpeechSpecs(SPEECHES, 5);
  for (let i = 0; i < specs.length; i += 40) await writeSpeeches(db, specs.slice(i, i + 40).map((spec) => buildSpeech(spec, SYNTHETIC_LEXICON)));
  await refreshDerivedData(db);
  server = await createApiServer({ db, config: testServerConfig(), logger: silent });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** Starts a GET whose answer is never read (the socket fills and the server must wait); resolves once the status line came. */
function stalledGet(url: string): { req: ClientRequest; response: Promise<IncomingMessage> } {
  let req!: ClientRequest;
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req = request(url, (res) => {
      res.pause();
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
  response.catch(() => {}); // the test destroys the requests; a reset is expected then
  return { req, response };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('exports run under a request budget', () => {
  it('60 stalled downloads of the whole graph cannot starve /health or GraphQL', async () => {
    const stalled = Array.from({ length: 60 }, () => stalledGet(`${server.url}/export/full.graphml`));
    try {
      // The two downloads that stream fill their sockets and stall; the other 58 wait in line. (Polled
      // sooner, /health would measure this process's CPU turning the graph into XML, not starvation.)
      await sleep(4_000);
      const healths = await pollHealthDuring(server, sleep(3_000), 200);
      const query = await gql(server, '{ speeches(first: 3) { totalCount } }');
      // /health was asked again and again for 3 s (every answer counted below is within 1 s); how many
      // times depends on the machine's load, so the count only has to show it kept answering.
      expect(healths.length).toBeGreaterThanOrEqual(3);
      for (const h of healths) expect(h.status).toBe(200);
      for (const h of healths) expect(h.ms).toBeLessThan(1000);
      expect(query.status).toBe(200);
      expect(query.data!.speeches.totalCount).toBe(SPEECHES);
      expect(query.ms).toBeLessThan(5_000);
    } finally {
      for (const s of stalled) s.req.destroy();
    }
    // Hung-up downloads give their sessions back: a whole export still comes through afterwards.
    const whole = await fetch(`${server.url}/export/full.graphml`);
    expect(whole.status).toBe(200);
    expect(await whole.text()).toMatch(/<\/graphml>\s*$/);
    expect((await checkGraph(db)).ok).toBe(true);
  });

  it('cuts a download still stalled at its deadline and frees its place in line', async () => {
    const short = await createApiServer({ db, config: testServerConfig({ exportTimeoutMs: 5_000 }), logger: silent });
    try {
      const stalled = Array.from({ length: 3 }, () => stalledGet(`${short.url}/export/full.graphml`));
      // Two stream and stall; the third waits in line and gets 503 REQUEST_TIMEOUT at its deadline.
      const answers = await Promise.allSettled(stalled.map((s) => s.response));
      expect(answers.map((a) => (a.status === 'fulfilled' ? a.value.statusCode : 0)).sort()).toEqual([200, 200, 503]);
      await sleep(1_000);
      // The two stalled answers were cut at the deadline, so their places in line are free again.
      const next = await fetch(`${short.url}/export/cooccurrence.graphml`);
      const body = await next.text();
      expect(next.status, body).toBe(200);
      expect(body).toMatch(/<\/graphml>\s*$/);
      for (const s of stalled) s.req.destroy();
    } finally {
      await short.stop();
    }
  });
});
