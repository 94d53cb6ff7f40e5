import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/createApiServer.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/graph/database.js';
import { sloganCooccurrence } from '../src/graph/sloganCooccurrence.js';
import { ARTIFACTS, launchChromium, watchPage, type PageWatch } from './support/browser.js';
import { ingestSharedCorpus } from './support/corpusGraph.js';
import { openTestDatabase } from './support/testDatabase.js';

// /explore in Debian's Chromium (playwright-core) over ../shared/corpus: what a user sees and clicks.
let db: Database;
let server: ApiServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));

beforeAll(async () => {
  db = await openTestDatabase();
  expect(await ingestSharedCorpus(db)).toBe(5);
  server = await createApiServer({ db, config: { ...loadConfig().server, port: 0, apiToken: null }, logger: pino({ level: 'silent' }) });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  watch = watchPage(page);
  await page.goto(`${server.url}/explore`);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

// Page code runs in Chromium; it is given as text because this project's TypeScript has no DOM types.
const inPage = <T>(script: string): Promise<T> => page.evaluate<T>(script);

// Clicks (or double-clicks) a node where Cytoscape drew it, as a user would.
async function clickNode(id: string, clickCount = 1): Promise<void> {
  const at = await inPage<{ x: number; y: number }>(`(() => {
    const p = window.tifaExplore.cy.getElementById(${JSON.stringify(id)}).renderedPosition();
    const box = document.getElementById('cy').getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  })()`);
  await page.mouse.click(at.x, at.y, { clickCount });
}

const drawn = () =>
  inPage<{ names: string[]; edges: number }>(`(() => {
    const cy = window.tifaExplore.cy;
    return { names: cy.nodes().not('.filtered-out').map((n) => n.data('name')), edges: cy.edges().not('.filtered-out').length };
  })()`);

const speechNodeIds = () => inPage<string[]>(`window.tifaExplore.cy.nodes('[type = "SPEECH"]').map((n) => n.id())`);

describe('/explore in Chromium', () => {
  it('draws the co-occurrence network of the corpus with Chinese labels in a CJK font', async () => {
    const pairs = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 200 });
    const { names, edges } = await drawn();
    expect(names.sort()).toEqual([...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort());
    expect(edges).toBe(pairs.length);
    expect(names).toContain('四个意识');
    expect(await page.textContent('#status')).toContain(`${names.length} slogans, ${pairs.length} pairs`);
    expect(await inPage<boolean>(`document.fonts.check('12px "Noto Sans CJK SC"', '四个意识')`)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'explore-network.png') });
  });

  it('a click on a slogan lists its speeches and the sentences with the slogan marked', async () => {
    await clickNode('slogan:四个意识');
    await page.waitForSelector('#speech-list li');
    const expected = await rows('MATCH (sp:Speech)-[:MENTIONS]->(:Slogan {name: $n}) RETURN sp.title AS title', { n: '四个意识' });
    const listed = await page.$$eval('#speech-list a', (as) => as.map((a) => a.textContent));
    expect(listed.sort()).toEqual(expected.map((r) => r.title).sort());
    const marks = await page.$$eval('#sentences mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['四个意识']));
    await page.screenshot({ path: join(ARTIFACTS, 'explore-slogan.png') });
  });

  it('a speech opens with its section tree', async () => {
    const first = page.locator('#speech-list a').first();
    const id = await first.getAttribute('data-speech');
    await first.click();
    await page.waitForSelector('#speech-title');
    const [speech] = await rows('MATCH (sp:Speech {id: $id}) RETURN sp.title AS title, COUNT { (sp)-[:HAS_SECTION*]->() } AS sections', { id });
    expect(await page.textContent('#speech-title')).toBe(speech!.title);
    expect(await page.locator('.tree li').count()).toBe(Number(speech!.sections));
  });

  it('a double-click expands the neighbourhood through the graph query (speech nodes appear)', async () => {
    await clickNode('slogan:放管服', 2);
    await page.waitForFunction(`window.tifaExplore.cy.nodes('[type = "SPEECH"]').length > 0`);
    const speeches = await rows('MATCH (sp:Speech)-[:MENTIONS]->(:Slogan {name: $n}) RETURN sp.id AS id', { n: '放管服' });
    const ids = await speechNodeIds();
    expect(ids.sort()).toEqual(speeches.map((r) => `speech:${r.id}`).sort());
  });

  it('the level filter keeps the slogans of the matching speeches', async () => {
    await page.selectOption('select[name=level]', 'CENTRAL');
    await page.click('#controls button[type=submit]');
    await page.waitForSelector('body[data-state=ready]');
    const central = await rows(
      "MATCH (sp:Speech {level: 'central'})-[:MENTIONS]->(s:Slogan) RETURN DISTINCT s.name AS name",
    );
    const { names } = await drawn();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(central.map((r) => r.name)).toContain(name);
    const matched = await rows("MATCH (sp:Speech {level: 'central'}) RETURN count(sp) AS n");
    expect(await page.textContent('#status')).toContain(`${matched[0]!.n} speeches match the filters`);
    await page.selectOption('select[name=level]', '');
    await page.click('#controls button[type=submit]');
    await page.waitForSelector('body[data-state=ready]');
  });

  it('search finds a slogan and opens it', async () => {
    await page.fill('#search input', '两个维护');
    await page.click('#search button');
    await page.waitForFunction(`document.querySelector('#details h2')?.textContent === '两个维护'`);
  });

  it('exports the view as PNG and SVG', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#svg')]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText).toContain('四个意识');
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
  });
});
