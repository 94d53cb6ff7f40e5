import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where browser tests leave their screenshots (gitignored; CI keeps them as artefacts). */
export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

// Debian's chromium, never a downloaded browser; CHROMIUM_PATH points elsewhere when needed.
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** Starts headless Chromium; fails (never skips) with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) {
    throw new Error(`browser tests need Debian's chromium (looked at ${CANDIDATES.join(', ')}): apt-get install chromium fonts-noto-cjk`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** What a page did that a test may assert on: console errors, uncaught exceptions, requests leaving 127.0.0.1. */
export interface PageWatch {
  errors: string[];
  outside: string[];
}

/** Records console errors, page errors and every request whose host is not 127.0.0.1 (the page must work offline). */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], outside: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:', 'ws:'].includes(url.protocol)) return; // data: and blob: URLs stay in the page
    if (url.hostname !== '127.0.0.1') watch.outside.push(r.url());
  });
  return watch;
}

// Names of this machine a page may use (Neo4j Browser is given tifa serve's guide as localhost).
const THIS_MACHINE = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Lets a context's pages reach this machine only: every HTTP(S) request and WebSocket to another
 * host is recorded and refused before it leaves. Requests a page's Content-Security-Policy stops
 * never reach the network and are not recorded.
 */
export async function blockOutsideRequests(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => ['http:', 'https:'].includes(url.protocol) && !THIS_MACHINE.has(url.hostname),
    async (route) => {
      outside.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) =>
    page.on('websocket', (ws) => {
      if (!THIS_MACHINE.has(new URL(ws.url()).hostname)) outside.push(ws.url());
    }),
  );
  return outside;
}

/**
 * Waits until `expression` is true in the page. Playwright's waitForFunction re-checks its
 * predicate through eval, which the pages' Content-Security-Policy (no 'unsafe-eval') refuses
 * after the first check; each page.evaluate here is a check of its own, which the policy allows.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`the page did not reach \`${expression}\` within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
