import type { Database } from '../../graph/database.js';
import type { SloganRow } from '../../graph/read/types.js';
import { sloganCooccurrence } from '../../graph/cooccurrence/sloganCooccurrence.js';
import type { CooccurrenceOptions, CooccurrencePair } from '../../graph/cooccurrence/types.js';

/** Pairs with the slogans they name (so `a { kind }` and the graph view's node kinds need no further query). */
export interface CooccurrenceAnswer {
  pairs: CooccurrencePair[];
  slogans: SloganRow[];
}

/** Co-occurrence results shared across requests, valid for one graph version. */
export interface AnalyticsCache {
  /**
   * The answer for these options at the graph version `version()` resolves to: from the cache, or
   * computed and kept. `version` is only called when caching is on (it costs a database round trip).
   */
  cooccurrence(version: () => Promise<string>, opts: CooccurrenceOptions): Promise<CooccurrenceAnswer>;
}

// The pairs carry their slogans' kinds, so the answer's slogans come without another query.
function toAnswer(pairs: CooccurrencePair[]): CooccurrenceAnswer {
  const slogans = new Map<string, SloganRow>();
  for (const p of pairs) {
    slogans.set(p.a, { name: p.a, kind: p.aKind });
    slogans.set(p.b, { name: p.b, kind: p.bKind });
  }
  return { pairs, slogans: [...slogans.values()] };
}

// Co-occurrence is a whole-graph aggregation (hundreds of ms on 10,000 speeches outside the
// materialised fast path) whose answer only changes when the graph does; keyed on the graph version
// (the last committed transaction), a cached answer is never stale.
/** A small LRU of co-occurrence answers (maxEntries 0 = no caching, one query per call); concurrent misses share one computation. */
export function createAnalyticsCache(db: Database, maxEntries: number): AnalyticsCache {
  const compute = async (opts: CooccurrenceOptions): Promise<CooccurrenceAnswer> => toAnswer(await sloganCooccurrence(db, opts));
  const entries = new Map<string, Promise<CooccurrenceAnswer>>();
  return {
    async cooccurrence(version, opts) {
      if (maxEntries === 0) return compute(opts);
      const key = JSON.stringify([await version(), opts.scope, opts.measure, opts.minSupport, opts.first, opts.slogan ?? null, opts.speeches ?? null]);
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
