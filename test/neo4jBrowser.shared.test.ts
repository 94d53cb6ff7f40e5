import { join } from 'node:path';
import { pino } from 'pino';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/graph/database.js';
import { listAnalystQueries } from '../src/graph/query/analystQueries.js';
import { analystGuideUrl, neo4jBrowserUrl } from '../src/neo4j/browserUrl.js';
import { freePort } from '../src/neo4j/freePort.js';
import { ARTIFACTS, blockOutsideRequests, launchChromium } from './support/browser.js';
import { ingestSharedCorpus } from './support/corpusGraph.js';
import { startThrowawayNeo4j, type TestNeo4jHandle } from './support/testNeo4j.js';

// Neo4j Browser as an analyst meets it: a local instance from the Maven jars with the Browser jar
// and our configuration, ../shared/corpus loaded, tifa serve's API for the guide, Debian's Chromium.
// Its own instance (not the run's shared one) because what is tested is the configuration
// `tifa neo4j start` writes: HTTP connector, guide allow-list, content policy.
let neo4j: TestNeo4jHandle;
let db: Database;
let server: ApiServer;
let browser: Browser;
let page: Page;
let outside: string[];
let httpPort: number;

beforeAll(async () => {
  const config = loadConfig();
  httpPort = await freePort();
  neo4j = await startThrowawayNeo4j(config, { httpPort });
  db = openDatabase(neo4j);
  expect(await ingestSharedCorpus(db)).toBe(5);
  server = await createApiServer({ db, config: { ...config.server, port: 0, apiToken: null }, logger: pino({ level: 'silent' }) });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  outside = await blockOutsideRequests(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
});

const apiPort = () => Number(new URL(server.url).port);
const frames = () => page.locator('[data-testid=frame]');
const frameFor = (command: string | RegExp): Locator => frames().filter({ has: page.locator('[data-testid=frameCommand]', { hasText: command }) }).first();
const guideFrame = (url: string) => frames().filter({ has: page.locator('[data-testid=carousel]') }).filter({ has: page.locator('[data-testid=frameCommand]', { hasText: url }) }).first();
const run = () => page.locator('[data-testid=editor-Run]').click();

describe('Neo4j Browser in Chromium', () => {
  it('the Browser URL tifa prints connects without a form and plays the analyst guide', async () => {
    const guide = analystGuideUrl('127.0.0.1', apiPort());
    await page.goto(neo4jBrowserUrl(httpPort, neo4j.uri, guide)!);
    await expect.poll(() => frameFor(':server connect').textContent(), { timeout: 60_000 }).toContain('You have a working connection');
    const frame = guideFrame(guide);
    await frame.getByText('tifa-graph · queries for analysts').waitFor({ timeout: 30_000 });
    expect(await frame.locator('[data-testid=carousel] li[aria-label]').count()).toBe(listAnalystQueries().length + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-guide.png') });
  });

  it("a click on the guide's :param and query blocks runs topSlogans on the corpus", async () => {
    const frame = guideFrame(analystGuideUrl('127.0.0.1', apiPort()));
    const slide = listAnalystQueries().findIndex((q) => q.name === 'topSlogans') + 2; // the overview is slide 1
    await frame.locator(`[data-testid=carousel] li[aria-label="${slide}"]`).click();
    await frame.locator('h3', { hasText: 'topSlogans' }).waitFor();
    await frame.locator('pre.runnable', { hasText: ':param limit' }).click();
    await run();
    await expect.poll(() => frameFor(':param limit').textContent()).toContain('"limit": 20');
    await frame.locator('pre.runnable', { hasText: 'LIMIT $limit' }).click();
    await run();
    const result = frameFor(/^MATCH \(s:Slogan\)/);
    await result.locator('table').waitFor({ timeout: 30_000 });
    const expected = await db.read(async (tx) =>
      (await tx.run('MATCH (s:Slogan)<-[m:MENTIONS]-(:Speech) WITH s.name AS slogan, count(m) AS speeches, sum(m.count) AS mentions RETURN slogan, speeches ORDER BY speeches DESC, mentions DESC, slogan LIMIT 20')).records.map((r) => [
        r.get('slogan') as string,
        String(r.get('speeches')),
      ]),
    );
    expect(expected.map(([name]) => name)).toContain('四个意识');
    // Browser's table: a row-number column, then the query's columns; strings are shown quoted.
    const header = await result.locator('table thead th').evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()));
    const rows = await result.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/^"|"$/g, '').trim())));
    const [slogan, speeches] = [header.indexOf('slogan'), header.indexOf('speeches')];
    expect(slogan).toBeGreaterThanOrEqual(0);
    expect(rows.map((cells) => [cells[slogan], cells[speeches]])).toEqual(expected);
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-query.png') });
  });

  it('a typed :play of the guide at 127.0.0.1 plays too (the allow-list the server sends)', async () => {
    const url = `${server.url}/guide`;
    await page.locator('[data-testid=activeEditor]').click();
    await page.keyboard.type(`:play ${url}`);
    await run();
    await guideFrame(url).getByText('tifa-graph · queries for analysts').waitFor({ timeout: 30_000 });
  });

  it("/guide answers Browser's preflight, which carries Sentry's trace headers for localhost", async () => {
    const res = await fetch(`${server.url}/guide`, {
      method: 'OPTIONS',
      headers: { origin: `http://127.0.0.1:${httpPort}`, 'access-control-request-method': 'GET', 'access-control-request-headers': 'cache-control,pragma,sentry-trace,baggage' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
  });

  it('sent no request beyond this machine (fonts, analytics and crash reports stopped by the content policy)', async () => {
    const policy = (await fetch(`http://127.0.0.1:${httpPort}/browser/`)).headers.get('content-security-policy');
    expect(policy).toContain("script-src 'self'");
    expect(outside).toEqual([]);
  });
});
