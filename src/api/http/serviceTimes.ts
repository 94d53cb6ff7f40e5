/** Recent service times per kind of request, for admission control's estimates. */
export interface ServiceTimes {
  /** Records how long a request of `kind` held its turn. */
  record(kind: string, ms: number): void;
  /** The recent service time of `kind`; of all kinds when `kind` is new; 0 before any was recorded. */
  expected(kind: string): number;
}

// Weight of the newest sample in the moving averages: the last few requests count, not the first.
const WEIGHT = 0.2;

const blend = (average: number | undefined, ms: number) => (average === undefined ? ms : average + WEIGHT * (ms - average));

/**
 * Moving averages of service time per kind and over all kinds. Kinds come from clients (a query's
 * text), so only the `capacity` most recently recorded are kept.
 */
export function createServiceTimes(capacity: number): ServiceTimes {
  const byKind = new Map<string, number>();
  let overall: number | undefined;
  return {
    record(kind, ms) {
      const average = blend(byKind.get(kind), ms);
      byKind.delete(kind); // re-inserted last: a Map keeps insertion order, so the first key is the least recent
      byKind.set(kind, average);
      if (byKind.size > capacity) byKind.delete(byKind.keys().next().value!);
      overall = blend(overall, ms);
    },
    expected: (kind) => byKind.get(kind) ?? overall ?? 0,
  };
}
