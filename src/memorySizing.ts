/** Heap and page cache of the local Neo4j, in the `512m` form its JVM options and neo4j.conf take. */
export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

const MIB = 1024 * 1024;
/** The fixed sizes used before sizing by RAM; a small machine never gets less. */
const FLOOR = { heap: 1024, pageCache: 256 };
/** Beyond this a heap only makes young collections longer: the write path's garbage is short-lived. */
const HEAP_CAP = 4096;
/** A page cache this size holds a store of a few hundred thousand speeches. */
const PAGE_CACHE_CAP = 8192;
/** Sizes are rounded down to this many MiB, so a machine's odd RAM gives round figures. */
const STEP = 256;

const mib = (n: number): string => `${n}m`;
const roundDown = (n: number): number => Math.floor(n / STEP) * STEP;
const clamp = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n));

/**
 * The local instance's memory for a machine with `totalBytes` of RAM. `neo4j-admin server
 * memory-recommendation` sizes a dedicated server (about three quarters of RAM: 8g heap and 10g page
 * cache at 24 GiB); the local instance shares its machine with tifa itself (each extraction worker
 * holds ~300 MB of dictionaries), the user's other programs and, in CI, the tests. So it takes a
 * quarter of RAM, a third of that as heap and two thirds as page cache (the store of a 10,000-speech
 * ingest is ~0.8 GB; with the old 256m the writes kept evicting pages they read back), never less
 * than the old fixed 1g/256m and at most 4g/8g.
 */
export function recommendedMemory(totalBytes: number): Neo4jMemory {
  const budget = totalBytes / MIB / 4;
  return {
    heap: mib(clamp(roundDown(budget / 3), FLOOR.heap, HEAP_CAP)),
    pageCache: mib(clamp(roundDown((budget * 2) / 3), FLOOR.pageCache, PAGE_CACHE_CAP)),
  };
}

/** Neo4j's own bounds on the memory of transactions (db.memory.transaction.max and dbms.memory.transaction.total.max). */
export interface TransactionMemory {
  /** Most heap one transaction may hold; beyond it Neo4j stops that transaction alone. */
  perTransaction: string;
  /** Most heap all transactions together may hold (Neo4j's own default is 70 % of the heap). */
  total: string;
}

const mebibytes = (size: string): number => {
  const n = Number(size.slice(0, -1));
  const unit = size.slice(-1).toLowerCase();
  return unit === 'g' ? n * 1024 : unit === 'k' ? n / 1024 : n;
};

/**
 * Bounds for a heap of `heap` (512m, 2g): all transactions together at most 70 % of it, as Neo4j
 * itself has it, and one transaction at most a quarter. Without the second bound one heavy read
 * (a filtered SENTENCE co-occurrence) could take the whole pool, and every other query running
 * beside it failed with MemoryPoolOutOfMemoryError; with it the heavy one fails alone.
 */
export function transactionMemory(heap: string): TransactionMemory {
  const mib = mebibytes(heap);
  return { perTransaction: `${Math.max(64, Math.floor(mib / 4))}m`, total: `${Math.max(128, Math.floor(mib * 0.7))}m` };
}
