import type { Database } from '../graph/database.js';
import { sloganCooccurrence, type CooccurrenceOptions, type CooccurrencePair } from '../graph/sloganCooccurrence.js';

/** Co-occurrence results shared across requests, valid for one graph version. */
export interface AnalyticsCache {
  /** The pairs for these options at this graph version: from the cache, or computed and kept. */
  cooccurrence(version: string, opts: CooccurrenceOptions): Promise<CooccurrencePair[]>;
}

// Co-occurrence is a whole-graph aggregation (hundreds of ms on 10,000 speeches) whose answer only
// changes when the graph does; keyed on the graph version (the last committed transaction), a
// cached answer is never stale.
/** A small LRU of co-occurrence answers (maxEntries 0 = no caching); concurrent misses share one computation. */
export function createAnalyticsCache(db: Database, maxEntries: number): AnalyticsCache {
  const entries = new Map<string, Promise<CooccurrencePair[]>>();
  return {
    cooccurrence(version, opts) {
      if (maxEntries === 0) return sloganCooccurrence(db, opts);
      const key = JSON.stringify([version, opts.scope, opts.measure, opts.minSupport, opts.first, opts.slogan ?? null]);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key); // re-insert: most recently used last
        entries.set(key, hit);
        return hit;
      }
      const computed = sloganCooccurrence(db, opts);
      entries.set(key, computed);
      computed.catch(() => entries.delete(key)); // failures are not cached
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return computed;
    },
  };
}
