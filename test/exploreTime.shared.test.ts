import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/api/http/createApiServer.js';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { writeSpeeches } from '../src/graph/write/writeSpeeches.js';
import { ARTIFACTS, type PageWatch } from './support/browser.js';
import { openExplorerPage } from './support/explorerPage.js';
import { centralCatalogue, centralSpeeches } from './support/centralCorpus.js';
import { gql } from './support/graphqlClient.js';
import { openTestDatabase } from './support/testDatabase.js';

// The 2026 provincial work reports (ingested: dates from their subtitles) and the central reports
// (dated by their catalogue): the diffusion of 两个确立 to the 21 provinces against the reports' own
// metadata and raw texts, and the timeline and diffusion views of /explore in Chromium.
const REPORTS = resolve(import.meta.dirname, '..', '../shared/real/reports-2026');
const meta = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => JSON.parse(readFileSync(join(REPORTS, f), 'utf8')) as { file: string; date: string; place: string })
  .map((m) => ({ ...m, uses: readFileSync(join(REPORTS, m.file), 'utf8').includes('两个确立') }));
const centralFirst = centralCatalogue().filter((c) => c.text.includes('两个确立')).map((c) => c.date).sort()[0]!;
const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7) || '1') - 1, Number(d.slice(8, 10) || '1')) / 86_400_000;

let db: Database;
let server: ApiServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
  const { summary } = await ingestFiles(db, [REPORTS], { maxFileBytes: 20 * 1024 * 1024, concurrency: 2 });
  expect(summary.new).toBe(21);
  const central = centralSpeeches();
  for (let i = 0; i < central.length; i += 10) await writeSpeeches(db, central.slice(i, i + 10));
  ({ server, browser, page, watch } = await openExplorerPage(db));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe('两个确立 in the 21 provincial reports of 2026', () => {
  it('lists the provinces that used it with their dates and lags from the first central use, the others apart', async () => {
    const r = await gql(server, '{ sloganDiffusion(name: "两个确立", level: PROVINCIAL) { origin { date } originLevel adoptions { place { name } date lagDays speechCount } } }');
    expect(r.errors).toBeUndefined();
    const d = r.data!.sloganDiffusion;
    expect(d.origin.date).toBe(centralFirst);
    expect(d.originLevel).toBe('CENTRAL');
    const users = meta.filter((m) => m.uses).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.place < b.place ? -1 : 1));
    expect(users.length).toBeGreaterThan(0);
    expect(d.adoptions).toHaveLength(21);
    const adopters = d.adoptions.filter((a: { date: string | null }) => a.date !== null);
    expect(new Set(adopters.map((a: { place: { name: string } }) => a.place.name))).toEqual(new Set(users.map((u) => u.place)));
    for (const u of users) {
      expect(adopters.find((a: { place: { name: string } }) => a.place.name === u.place)).toEqual({ place: { name: u.place }, date: u.date, lagDays: day(u.date) - day(centralFirst), speechCount: 1 });
    }
    const others = d.adoptions.slice(adopters.length);
    expect(others.map((a: { place: { name: string } }) => a.place.name).sort()).toEqual(meta.filter((m) => !m.uses).map((m) => m.place).sort());
    expect(others.every((a: { date: null; lagDays: null }) => a.date === null && a.lagDays === null)).toBe(true);
  });
});

describe('/explore timeline and diffusion views in Chromium', () => {
  const inPage = <T>(script: string): Promise<T> => page.evaluate<T>(script);

  it('draws the share per year of each slogan as the timeline answer gives it', async () => {
    const names = ['一国两制', '三个代表', '三农', '四个全面'];
    await page.goto(`${server.url}/explore/timeline?slogans=${encodeURIComponent(names.join(','))}&by=YEAR`);
    await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
    const drawn = await inPage<Array<{ label: string; data: Array<number | null> }>>(
      'window.tifaTimeline.chart.data.datasets.map((d) => ({ label: d.label, data: d.data }))',
    );
    const labels = await inPage<string[]>('window.tifaTimeline.chart.data.labels');
    const r = await gql(server, `{ timeline(slogans: ${JSON.stringify(names)}) { slogan { name } points { period share } } }`);
    expect(drawn.map((d) => d.label)).toEqual(names);
    r.data!.timeline.forEach((t: { points: Array<{ period: string; share: number }> }, i: number) => {
      expect(labels).toEqual(t.points.map((p) => p.period));
      expect(drawn[i]!.data).toEqual(t.points.map((p) => Math.round(p.share * 10000) / 100));
    });
    await page.screenshot({ path: join(ARTIFACTS, 'explore-timeline.png') });
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
  });

  it('splits the lines by level', async () => {
    await page.goto(`${server.url}/explore/timeline?slogans=${encodeURIComponent('两个确立,四个意识')}&split=1`);
    await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
    const labels = await inPage<string[]>('window.tifaTimeline.chart.data.datasets.map((d) => d.label)');
    expect(labels).toEqual(['两个确立 · central', '四个意识 · central', '两个确立 · provincial', '四个意识 · provincial']);
  });

  it('places the provinces on a time axis by first use, the central first use marked, the never-adopters apart', async () => {
    await page.goto(`${server.url}/explore/diffusion?name=${encodeURIComponent('两个确立')}&level=PROVINCIAL`);
    await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
    const shown = await inPage<{ points: string[]; origin: number | null; never: number }>(`({
      points: window.tifaDiffusion.charts[0].data.datasets[0].data.map((p) => p.y),
      origin: window.tifaDiffusion.charts[0].options.plugins.originLine.day,
      never: document.querySelectorAll('#never-list li').length,
    })`);
    const users = meta.filter((m) => m.uses);
    expect(new Set(shown.points)).toEqual(new Set(users.map((u) => u.place)));
    expect(shown.origin).toBe(day(centralFirst));
    expect(shown.never).toBe(21 - users.length);
    await page.screenshot({ path: join(ARTIFACTS, 'explore-diffusion.png'), fullPage: true });
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
  });
});
