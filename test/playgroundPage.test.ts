import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/api/http/createApiServer.js';
import { testServerConfig } from './support/apiClient.js';
import { launchChromium, watchPage } from './support/browser.js';
import { noDatabase } from './support/noDatabase.js';

// The GraphiQL playground in Debian's Chromium under the server's Content-Security-Policy: it must
// start, run a query and show the answer, with no script refused and nothing fetched from elsewhere.
let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  server = await createApiServer({ db: noDatabase, config: testServerConfig({ introspection: true }), logger: pino({ level: 'silent' }) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the playground', () => {
  it('starts under the Content-Security-Policy and answers a query', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    const res = await page.goto(`${server.url}/`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    // Replace the first tab's query with one that needs no database, and run it.
    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('query Kind { __typename }');
    // GraphiQL reads the operation name from the editor after a pause in typing.
    await page.waitForTimeout(1_000);
    await page.click('.graphiql-execute-button');
    await page.locator('.graphiql-response').filter({ hasText: '"__typename": "Query"' }).waitFor({ timeout: 30_000 });
    expect(watch.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(watch.outside).toEqual([]);
  });
});
