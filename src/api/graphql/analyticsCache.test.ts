import { describe, expect, it, vi } from 'vitest';
import type { Database } from '../../graph/database.js';

// sloganCooccurrence is replaced by a counter so the cache policy can be checked without a database.
const calls: unknown[] = [];
vi.mock('../../graph/cooccurrence/sloganCooccurrence.js', () => ({
  sloganCooccurrence: async (_db: unknown, opts: { first: number }) => {
    calls.push(opts);
    if (opts.first === 13) throw new Error('boom');
    return [{ a: 'x', b: 'y', aKind: 'NUMBERED', bKind: 'FORMULA', support: calls.length, score: 1 }];
  },
}));
const { createAnalyticsCache } = await import('./analyticsCache.js');

const opts = (first: number) => ({ scope: 'SPEECH' as const, measure: 'COUNT' as const, minSupport: 2, first });
const db = {} as Database;
const at = (version: string) => async () => version;

describe('createAnalyticsCache', () => {
  it('computes once per graph version and options, and again when the version changes', async () => {
    calls.length = 0;
    const cache = createAnalyticsCache(db, 10);
    const [a, b] = await Promise.all([cache.cooccurrence(at('v1'), opts(5)), cache.cooccurrence(at('v1'), opts(5))]);
    expect(a).toBe(b);
    expect(a.slogans).toEqual([{ name: 'x', kind: 'NUMBERED' }, { name: 'y', kind: 'FORMULA' }]);
    expect(calls).toHaveLength(1);
    await cache.cooccurrence(at('v1'), opts(6));
    await cache.cooccurrence(at('v2'), opts(5));
    expect(calls).toHaveLength(3);
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    calls.length = 0;
    const cache = createAnalyticsCache(db, 2);
    await cache.cooccurrence(at('v'), opts(1));
    await cache.cooccurrence(at('v'), opts(2));
    await cache.cooccurrence(at('v'), opts(1)); // 1 is now the most recent
    await cache.cooccurrence(at('v'), opts(3)); // evicts 2
    await cache.cooccurrence(at('v'), opts(1));
    expect(calls).toHaveLength(3);
    await cache.cooccurrence(at('v'), opts(2));
    expect(calls).toHaveLength(4);
  });

  it('does not cache failures, and caches nothing with maxEntries 0', async () => {
    calls.length = 0;
    const cache = createAnalyticsCache(db, 10);
    await expect(cache.cooccurrence(at('v'), opts(13))).rejects.toThrow('boom');
    await expect(cache.cooccurrence(at('v'), opts(13))).rejects.toThrow('boom');
    expect(calls).toHaveLength(2);
    // Without caching the graph version is never looked up: one database round trip per answer.
    const none = createAnalyticsCache(db, 0);
    const version = vi.fn(async () => 'v');
    await none.cooccurrence(version, opts(5));
    await none.cooccurrence(version, opts(5));
    expect(calls).toHaveLength(4);
    expect(version).not.toHaveBeenCalled();
  });
});
