import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/api/http/createApiServer.js';
import type { Database } from '../src/graph/database.js';
import { sloganCooccurrence, sloganSpeechesInScope } from '../src/graph/cooccurrence/sloganCooccurrence.js';
import type { SpeechScope } from '../src/graph/cooccurrence/types.js';
import { ARTIFACTS, type PageWatch, waitInPage } from './support/browser.js';
import { openExplorerPage } from './support/explorerPage.js';
import { ingestSharedCorpus } from './support/corpusGraph.js';
import { gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// /explore in Debian's Chromium (playwright-core) over ../shared/corpus and the speech pages of
// ../shared/real/html (places and dates to filter on): what a user sees and clicks.
let db: Database;
let server: ApiServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));

beforeAll(async () => {
  db = await openTestDatabase();
  expect(await ingestSharedCorpus(db, 'real/html')).toBe(13);
  ({ server, browser, page, watch } = await openExplorerPage(db, { acceptDownloads: true }));
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
  inPage<{ names: string[]; edges: number; sizes: Record<string, number> }>(`(() => {
    const cy = window.tifaExplore.cy;
    return { names: cy.nodes().map((n) => n.data('name')), edges: cy.edges().length, sizes: Object.fromEntries(cy.nodes().map((n) => [n.data('name'), n.data('speeches')])) };
  })()`);

// What the network drawn with these filters must be: the pairs scored over the kept speeches, and
// each slogan sized by the kept speeches using it.
async function expectedNetwork(speeches: SpeechScope) {
  const pairs = await sloganCooccurrence(db, { scope: 'SPEECH', measure: 'NPMI', minSupport: 2, first: 200, speeches });
  const names = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort();
  const counts = await sloganSpeechesInScope(db, names, speeches);
  return { names, edges: pairs.length, sizes: Object.fromEntries(names.map((n) => [n, counts.get(n)!.speeches])) };
}

async function redraw(): Promise<void> {
  await page.click('#controls button[type=submit]');
  await page.waitForSelector('body[data-state=ready]');
}

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
    await waitInPage(page, `window.tifaExplore.cy.nodes('[type = "SPEECH"]').length > 0`);
    const speeches = await rows('MATCH (sp:Speech)-[:MENTIONS]->(:Slogan {name: $n}) RETURN sp.id AS id', { n: '放管服' });
    const ids = await speechNodeIds();
    expect(ids.sort()).toEqual(speeches.map((r) => `speech:${r.id}`).sort());
  });

  it('the level filter draws the network scored over the matching speeches', async () => {
    await page.selectOption('select[name=level]', 'CENTRAL');
    await redraw();
    const expected = await expectedNetwork({ level: 'central' });
    expect(expected.edges).toBeGreaterThan(0);
    const got = await drawn();
    expect({ ...got, names: got.names.sort() }).toEqual(expected);
    const matched = await rows("MATCH (sp:Speech {level: 'central'}) RETURN count(sp) AS n");
    expect(await page.textContent('#status')).toContain(`${matched[0]!.n} speeches match the filters`);
    await page.selectOption('select[name=level]', '');
    await redraw();
  });

  it('the place filter offers the places speeches come from and keeps the speeches from inside the chosen one', async () => {
    const offered = await page.$$eval('select[name=place] option', (os) => os.map((o) => [o.value, (o.textContent ?? '').trim()]));
    const places = await rows('MATCH (p:Place) WHERE EXISTS { (:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(p) } RETURN p.code AS code, p.name AS name ORDER BY code');
    expect(offered).toEqual([['', 'any'], ...places.map((p) => [p.code, p.name])]);
    const [city] = await rows("MATCH (sp:Speech)-[:FROM]->(p:Place {level: 'city'}) RETURN p.code AS code, p.name AS name, count(sp) AS n ORDER BY n DESC, code LIMIT 1");
    expect(Number(city!.n)).toBeGreaterThan(1);
    await page.selectOption('select[name=place]', String(city!.code));
    await redraw();
    const expected = await expectedNetwork({ place: String(city!.code) });
    expect(expected.edges).toBeGreaterThan(0);
    const got = await drawn();
    expect({ ...got, names: got.names.sort() }).toEqual(expected);
    expect(await page.textContent('#status')).toContain(`${city!.n} speeches match the filters`);
    // A click lists the slogan's speeches among those the filter keeps, and only their sentences.
    const name = expected.names[0]!;
    await clickNode(`slogan:${name}`);
    await waitInPage(page, `document.querySelector('#details h2')?.textContent === ${JSON.stringify(name)}`);
    const inPlace = await rows(
      'MATCH (sp:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {code: $code}) WHERE EXISTS { (sp)-[:MENTIONS]->(:Slogan {name: $name}) } RETURN sp.title AS title',
      { code: city!.code, name },
    );
    const listed = await page.$$eval('#speech-list a', (as) => as.map((a) => a.textContent));
    expect(listed.sort()).toEqual(inPlace.map((r) => r.title).sort());
    const sources = await page.$$eval('#sentences .muted', (ps) => ps.map((p) => (p.textContent ?? '').replace(/^— /, '')));
    for (const title of sources) expect(listed).toContain(title);
    await page.screenshot({ path: join(ARTIFACTS, 'explore-place.png') });
    await page.selectOption('select[name=place]', '');
    await redraw();
  });

  it('a malformed date is refused with the reason, and the page stays usable', async () => {
    await page.fill('input[name=dateFrom]', '2018-13');
    await page.click('#controls button[type=submit]');
    await page.waitForSelector('body[data-state=error]');
    expect(await page.textContent('#details')).toContain('dateFrom must be an ISO date');
    await page.fill('input[name=dateFrom]', '');
    await redraw();
  });

  it('search finds a slogan and opens it', async () => {
    await page.fill('#search input', '两个维护');
    await page.click('#search button');
    await waitInPage(page, `document.querySelector('#details h2')?.textContent === '两个维护'`);
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
    // The malformed date above is answered 400, which Chromium logs as a failed resource.
    watch.errors = watch.errors.filter((e) => !/status of 400/.test(e));
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
  });
});

describe('co-occurrence filters over the API', () => {
  const PAIRS = `query ($filter: CooccurrenceFilter) { sloganCooccurrence(measure: COUNT, minSupport: 1, first: 100, filter: $filter) { a { name } b { name } support } }`;

  it('counts support over the speeches from inside a place given by name', async () => {
    const [city] = await rows("MATCH (sp:Speech)-[:FROM]->(p:Place {level: 'city'}) RETURN p.name AS name, count(sp) AS n ORDER BY n DESC, name LIMIT 1");
    const r = await gql(server, PAIRS, { filter: { place: city!.name } });
    expect(r.errors).toBeUndefined();
    const pairs = (r.data as { sloganCooccurrence: Array<{ a: { name: string }; b: { name: string }; support: number }> }).sloganCooccurrence;
    expect(pairs.length).toBeGreaterThan(0);
    const direct = await rows(
      `MATCH (sp:Speech)-[:FROM]->(:Place)-[:PART_OF*0..]->(:Place {name: $place})
       MATCH (sp)-[:MENTIONS]->(a:Slogan), (sp)-[:MENTIONS]->(b:Slogan) WHERE a.name < b.name
       RETURN a.name AS a, b.name AS b, count(sp) AS support`,
      { place: city!.name },
    );
    const support = new Map(direct.map((d) => [`${d.a}|${d.b}`, Number(d.support)]));
    for (const p of pairs) expect(p.support).toBe(support.get(`${p.a.name}|${p.b.name}`));
  });

  it('a place no speech comes from keeps no pair; a bad date is BAD_USER_INPUT', async () => {
    const none = await gql(server, PAIRS, { filter: { place: '火星' } });
    expect(none.data).toEqual({ sloganCooccurrence: [] });
    const bad = await gql(server, PAIRS, { filter: { dateTo: '2018-13' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('/export/cooccurrence takes the same filter and sizes nodes by the kept speeches', async () => {
    const res = await fetch(`${server.url}/export/cooccurrence.cyjs?level=central&minSupport=1`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { elements: { nodes: Array<{ data: { name: string; speeches: number } }> } };
    const names = body.elements.nodes.map((n) => n.data.name);
    const counts = await sloganSpeechesInScope(db, names, { level: 'central' });
    for (const n of body.elements.nodes) expect(n.data.speeches).toBe(counts.get(n.data.name)!.speeches);
    const bad = await fetch(`${server.url}/export/cooccurrence.cyjs?level=PLANETARY`);
    expect(bad.status).toBe(400);
  });
});
