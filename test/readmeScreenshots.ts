// The README's pictures, taken from what `npm start` shows a new user: examples/corpus alone in a
// throwaway local Neo4j (with Neo4j Browser), the API on a free port, Debian's Chromium. Writes
// examples/screenshots/*.png. Usage: npm run screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { loadExamplesIfEmpty } from '../src/app/loadExamplesIfEmpty.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/applySchema.js';
import { openDatabase } from '../src/graph/database.js';
import { analystGuideUrl, neo4jBrowserUrl } from '../src/neo4j/browserUrl.js';
import { freePort } from '../src/neo4j/freePort.js';
import { listAnalystQueries } from '../src/graph/query/analystQueries.js';
import { blockOutsideRequests, launchChromium, waitInPage } from './support/browser.js';
import { startThrowawayNeo4j } from './support/testNeo4j.js';

const OUT = join(import.meta.dirname, '..', 'examples', 'screenshots');
const VIEWPORT = { width: 1400, height: 900 };
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, name) }).then(() => console.log(`wrote examples/screenshots/${name}`));

/** A click on a slogan's node where Cytoscape drew it; waits for its panel's marked sentences. */
async function clickSlogan(page: Page, slogan: string): Promise<void> {
  const at = await page.evaluate<{ x: number; y: number }>(`(() => {
    const p = window.tifaExplore.cy.getElementById(${JSON.stringify(`slogan:${slogan}`)}).renderedPosition();
    const box = document.getElementById('cy').getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  })()`);
  await page.mouse.click(at.x, at.y);
  await waitInPage(page, `document.querySelector('#details h2')?.textContent === ${JSON.stringify(slogan)} && document.querySelector('#sentences mark') !== null`);
}

/** /explore's network, the panel of one slogan after a click on its node, then one place's network and a slogan in it. */
async function explore(page: Page, server: ApiServer, slogan: string, placeCode: string, placeSlogan: string): Promise<void> {
  await page.goto(`${server.url}/explore`);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
  await shot(page, 'explore-network.png');
  await clickSlogan(page, slogan);
  await shot(page, 'explore-slogan.png');
  await page.selectOption('select[name=place]', placeCode);
  await page.click('#controls button[type=submit]');
  await page.waitForSelector('body[data-state=ready]');
  await clickSlogan(page, placeSlogan);
  await shot(page, 'explore-place.png');
}

/** The playground's Places tab, run. */
async function playgroundPlaces(page: Page, server: ApiServer): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.locator('.graphiql-tab', { hasText: 'Places' }).click();
  await waitInPage(page, `document.querySelector('.graphiql-query-editor')?.innerText.includes('query Places')`);
  // GraphiQL reads the operation's name from the editor a moment after a tab switch: run from there.
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.waitForTimeout(500);
  await page.locator('.graphiql-execute-button').click();
  // The response editor draws only the lines in view: the first page's field is among them.
  await waitInPage(page, `document.querySelector('.graphiql-response')?.innerText.includes('totalCount')`, 60_000);
  await shot(page, 'playground-places.png');
}

/** Neo4j Browser with the analyst guide: one slide's :param block and query run by clicks. */
async function browserGuide(page: Page, httpPort: number, boltUri: string, apiPort: number, query: string): Promise<void> {
  const guide = analystGuideUrl('127.0.0.1', apiPort);
  await page.goto(neo4jBrowserUrl(httpPort, boltUri, guide)!);
  const frames = page.locator('[data-testid=frame]');
  const frame = frames.filter({ has: page.locator('[data-testid=carousel]') }).first();
  const connect = frames.filter({ has: page.locator('[data-testid=frameCommand]', { hasText: ':server connect' }) }).first();
  await connect.getByText('You have a working connection').waitFor({ timeout: 60_000 });
  await frame.getByText('tifa-graph · queries for analysts').waitFor({ timeout: 60_000 });
  const queries = listAnalystQueries();
  const q = queries.find((x) => x.name === query)!;
  await frame.locator(`[data-testid=carousel] li[aria-label="${queries.indexOf(q) + 2}"]`).click();
  await frame.locator('h3', { hasText: query }).waitFor();
  for (const p of q.params) {
    await frame.locator('pre.runnable', { hasText: `:param ${p.name}` }).click();
    await page.locator('[data-testid=editor-Run]').click();
    await frames.first().getByText(`"${p.name}"`).waitFor();
  }
  await frame.locator('pre.runnable', { hasText: q.statement.split('\n')[0]! }).click();
  await page.locator('[data-testid=editor-Run]').click();
  await frames.first().locator('table').waitFor({ timeout: 30_000 });
  await shot(page, 'neo4j-browser-query.png');
}

const config = loadConfig();
const httpPort = await freePort();
const neo4j = await startThrowawayNeo4j(config, { httpPort, log: (line) => console.log(line) });
const db = openDatabase(neo4j);
let server: ApiServer | undefined;
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  await applySchema(db);
  await loadExamplesIfEmpty(db, { maxFileBytes: config.extract.maxFileBytes, log: (line) => console.log(line) });
  server = await createApiServer({ db, config: { ...config.server, host: '127.0.0.1', port: 0, apiToken: null }, logger: pino({ level: 'silent' }) });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await blockOutsideRequests(context);
  const page = await context.newPage();
  await explore(page, server, '新质生产力', '330000', '最多跑一次');
  await playgroundPlaces(page, server);
  await browserGuide(page, httpPort, neo4j.uri, Number(new URL(server.url).port), 'sloganDiffusion');
} finally {
  await browser.close();
  await server?.stop();
  await db.close();
  await neo4j.stop();
}
