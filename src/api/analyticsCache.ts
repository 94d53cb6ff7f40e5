import type { Database } from '../graph/database.js';
import type { ReadRepository } from '../graph/read/createReadRepository.js';
import type { SloganRow } from '../graph/read/types.js';
import { sloganCooccurrence, type CooccurrenceOptions, type CooccurrencePair } from '../graph/sloganCooccurrence.js';

/** Pairs with the slogans they name (so a cached answer resolves `a { kind }` without another query). */
export interface CooccurrenceAnswer {
  pairs: CooccurrencePair[];
  slogans: SloganRow[];
}

/** Co-occurrence results shared across requests, valid for one graph version. */
export interface AnalyticsCache {
  /** The answer for these options at this graph version: from the cache, or computed and kept. */
  cooccurrence(version: string, opts: CooccurrenceOptions): Promise<CooccurrenceAnswer>;
}

// Co-occurrence is a whole-graph aggregation (hundreds of ms on 10,000 speeches) whose answer only
// changes when the graph does; keyed on the graph version (the last committed transaction), a
// cached answer is never stale.
/** A small LRU of co-occurrence answers (maxEntries 0 = no caching); concurrent misses share one computation. */
export function createAnalyticsCache(db: Database, repo: Pick<ReadRepository, 'slogansByName'>, maxEntries: number): AnalyticsCache {
  const compute = async (opts: CooccurrenceOptions): Promise<CooccurrenceAnswer> => {
    const pairs = await sloganCooccurrence(db, opts);
    const names = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const slogans = names.length === 0 ? [] : [...(await repo.slogansByName(names)).values()];
    return { pairs, slogans };
  };
  const entries = new Map<string, Promise<CooccurrenceAnswer>>();
  return {
    cooccurrence(version, opts) {
      if (maxEntries === 0) return compute(opts);
      const key = JSON.stringify([version, opts.scope, opts.measure, opts.minSupport, opts.first, opts.slogan ?? null]);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key); // re-insert: most recently used last
        entries.set(key, hit);
        return hit;
      }
      const computed = compute(opts);
      entries.set(key, computed);
      computed.catch(() => entries.delete(key)); // failures are not cached
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return computed;
    },
  };
}
