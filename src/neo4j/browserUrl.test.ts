import { describe, expect, it } from 'vitest';
import { analystGuideUrl, neo4jBrowserUrl } from './browserUrl.js';

describe('neo4jBrowserUrl', () => {
  it('points Browser at the Bolt URI so that it connects without a form', () => {
    const url = new URL(neo4jBrowserUrl(7474, 'bolt://127.0.0.1:7687')!);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:7474/browser/');
    expect(url.searchParams.get('connectURL')).toBe('bolt://127.0.0.1:7687');
    expect(url.searchParams.get('dbms')).toBe('bolt://127.0.0.1:7687');
    expect(url.searchParams.get('preselectAuthMethod')).toBe('NO_AUTH');
    expect(url.searchParams.has('cmd')).toBe(false);
  });

  it('opens a guide with cmd=play', () => {
    const url = new URL(neo4jBrowserUrl(7477, 'bolt://127.0.0.1:7707', 'http://127.0.0.1:4007/guide')!);
    expect([url.searchParams.get('cmd'), url.searchParams.get('arg')]).toEqual(['play', 'http://127.0.0.1:4007/guide']);
  });

  it('is null when HTTP is off', () => {
    expect(neo4jBrowserUrl(0, 'bolt://127.0.0.1:7687')).toBeNull();
  });
});

describe('analystGuideUrl', () => {
  // Browser's built-in allow-list, in force until it has read the server's: "guides.neo4j.com, localhost".
  it.each(['127.0.0.1', 'localhost', '0.0.0.0', '::1', '::'])('addresses a guide served on %s as localhost', (host) => {
    expect(analystGuideUrl(host, 4000)).toBe('http://localhost:4000/guide');
  });

  it('keeps any other host', () => {
    expect(analystGuideUrl('10.1.2.3', 4010)).toBe('http://10.1.2.3:4010/guide');
  });
});
