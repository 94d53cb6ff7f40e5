import { pino } from 'pino';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { createApiServer, type ApiServer } from '../../src/api/http/createApiServer.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { launchChromium, watchPage, type PageWatch } from './browser.js';

/** The API server on a free port with no token, and a watched Chromium page beside it. */
export interface ExplorerPage {
  server: ApiServer;
  browser: Browser;
  page: Page;
  watch: PageWatch;
}

/** Serves `db` as `tifa serve` would and opens one page in Debian's Chromium; the caller closes both. */
export async function openExplorerPage(db: Database, pageOptions: BrowserContextOptions = {}): Promise<ExplorerPage> {
  const server = await createApiServer({ db, config: { ...loadConfig().server, port: 0, apiToken: null }, logger: pino({ level: 'silent' }) });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...pageOptions });
  return { server, browser, page, watch: watchPage(page) };
}
