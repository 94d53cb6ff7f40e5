import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every answer. The pages (/explore, the playground) load their
 * scripts, styles and data from this server only, so they work offline and nothing injected into
 * them can load or send anything elsewhere; inline styles stay allowed (GraphiQL and Cytoscape set
 * them), inline scripts do not (the playground's start-up is a file of its own). JSON answers are
 * covered too: a browser that renders one as a page runs nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every answer carries, whatever route made it (helmet's set, written out: five lines need no package). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Sets SECURITY_HEADERS on a response before anything answers it. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
