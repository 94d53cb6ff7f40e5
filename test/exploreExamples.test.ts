import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/api/http/createApiServer.js';
import { loadExamplesIfEmpty } from '../src/app/loadExamplesIfEmpty.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { type PageWatch, waitInPage } from './support/browser.js';
import { openExplorerPage } from './support/explorerPage.js';
import { gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// /explore in Debian's Chromium over examples/corpus, what `npm start` loads: the speech panel and
// the colour legend. Every expectation is read from the graph, not written in.
let db: Database;
let server: ApiServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  await loadExamplesIfEmpty(db, { maxFileBytes: 1_000_000, log: () => {} });
  ({ server, browser, page, watch } = await openExplorerPage(db));
  await page.goto(`${server.url}/explore`);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

const inPage = <T>(script: string): Promise<T> => page.evaluate<T>(script);

/** The legend as shown: each entry's label and its swatch's colour. */
const legend = () =>
  inPage<Array<{ key: string; label: string; colour: string }>>(`[...document.querySelectorAll('#legend li')].map((li) => ({
    key: li.getAttribute('data-key'), label: li.textContent.trim(), colour: getComputedStyle(li.querySelector('.swatch')).backgroundColor,
  }))`);

/** What Cytoscape drew: for each legend key, the colours of its nodes (as rgb(…) strings). */
const drawnColours = () =>
  inPage<Record<string, string[]>>(`(() => {
    const out = {};
    for (const n of window.tifaExplore.cy.nodes()) {
      const key = window.tifaExplore.legendKey(n);
      const colour = n.style('background-color').replace(/\\s/g, '');
      (out[key] ||= []).includes(colour) || out[key].push(colour);
    }
    return out;
  })()`);

describe('/explore on the examples', () => {
  it("the speech panel lists the speech's slogans with their counts, as text", async () => {
    const speech = await db.read(async (tx) => {
      const r = await tx.run('MATCH (sp:Speech)-[:MENTIONS]->(s:Slogan) WITH sp, count(s) AS n WHERE n >= 2 RETURN sp.id AS id ORDER BY n DESC, id LIMIT 1');
      return String(r.records[0]!.get('id'));
    });
    const answer = await gql(server, 'query($id: ID!) { speech(id: $id) { slogans { slogan { name } count } } }', { id: speech });
    const expected = answer.data as { speech: { slogans: Array<{ slogan: { name: string }; count: number }> } };
    await inPage(`window.tifaPanels.showSpeech(${JSON.stringify(speech)})`);
    await page.waitForSelector('#speech-title');
    const slogans = page.locator('#details h3:text-is("Slogans") + p');
    expect(await slogans.textContent()).toBe(expected.speech.slogans.map((s) => `${s.slogan.name}×${s.count}`).join('、'));
    expect(await slogans.locator('a').allTextContents()).toEqual(expected.speech.slogans.map((s) => s.slogan.name));
  });

  it('a legend names the colour of every kind of node drawn, and follows a double-click that adds speeches', async () => {
    const check = async () => {
      const shown = await legend();
      const drawn = await drawnColours();
      expect(shown.map((e) => e.key).sort()).toEqual(Object.keys(drawn).sort());
      for (const entry of shown) {
        expect(entry.label).not.toBe('');
        expect(drawn[entry.key]).toEqual([entry.colour.replace(/\s/g, '')]);
      }
      return shown;
    };
    const first = await check();
    expect(first.length).toBeGreaterThan(0);
    expect(await page.textContent('#legend')).toMatch(/size: speeches.*width: NPMI/s);

    const slogan = await inPage<string>(`window.tifaExplore.cy.nodes()[0].id()`);
    await inPage(`window.tifaExplore.expand(window.tifaExplore.cy.getElementById(${JSON.stringify(slogan)}))`);
    await waitInPage(page, `window.tifaExplore.cy.nodes('[type = "SPEECH"]').length > 0`);
    const after = await check();
    expect(after.map((e) => e.key)).toContain('SPEECH');
    expect(watch.errors).toEqual([]);
  });
});
