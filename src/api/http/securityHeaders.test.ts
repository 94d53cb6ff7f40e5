import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerConfig } from '../../../test/support/apiClient.js';
import { noDatabase } from '../../../test/support/noDatabase.js';
import { createApiServer, type ApiServer } from './createApiServer.js';
import { SECURITY_HEADERS } from './securityHeaders.js';

let server: ApiServer;
beforeAll(async () => {
  server = await createApiServer({ db: noDatabase, config: testServerConfig({ production: true }), logger: pino({ level: 'silent' }) });
});
afterAll(() => server.stop());

describe('security headers', () => {
  it.each([
    ['GraphQL', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
    ['a GraphQL mistake', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
    ['the playground', '/', {}],
    ['its start-up script', '/playground/start.js', {}],
    ['/explore', '/explore', {}],
    ['/health/live', '/health/live', {}],
    ['/health', '/health', {}],
    ['an unknown path', '/nope', {}],
  ])('%s carries them', async (_name, path, init) => {
    const res = await fetch(`${server.url}${path}`, init as RequestInit);
    await res.arrayBuffer();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('the playground page has no inline script', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).toContain('<script src="/playground/start.js"></script>');
  });
});
