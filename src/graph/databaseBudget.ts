import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts permits; `acquire` waits in line (FIFO) and gives up when the signal aborts. */
export class Semaphore {
  private free: number;
  private readonly waiting: Array<{ grant: () => void; fail: (reason: unknown) => void }> = [];

  constructor(readonly permits: number) {
    this.free = permits;
  }

  /** Resolves to a release function once a permit is free. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.free > 0) {
      this.free--;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const entry = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        fail: reject,
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at !== -1) this.waiting.splice(at, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.free++;
    };
  }
}

/**
 * What one unit of outside work (an API request) may spend on the database: sessions at once,
 * a deadline every transaction must end by (Neo4j enforces it as the transaction timeout, so the
 * server stops the work, not just the client), a retry budget, and a signal that cancels waiting work.
 */
export interface DatabaseBudget {
  sessions: Semaphore;
  /** Epoch ms by which all work of this budget must be done. */
  deadline: number;
  /** Longest time spent retrying one transaction after transient failures (connection refused, deadlock). */
  retryMs: number;
  signal: AbortSignal;
  /** Set once the database was found unreachable: later reads of the same request fail at once. */
  unavailable?: unknown;
}

// The budget follows the request through resolvers, DataLoader batches and the shared analytics
// cache without threading a parameter through every repository signature.
const current = new AsyncLocalStorage<DatabaseBudget>();

/** Runs `fn` (and everything it starts) under `budget`. */
export function withDatabaseBudget<T>(budget: DatabaseBudget, fn: () => T): T {
  return current.run(budget, fn);
}

/** The budget of the work running now, if any. */
export function currentDatabaseBudget(): DatabaseBudget | undefined {
  return current.getStore();
}

/** A budget of `sessions` sessions at once, ending `timeoutMs` from now, cancelled by `signal`. */
export function createDatabaseBudget(opts: { sessions: number; timeoutMs: number; retryMs: number; signal: AbortSignal }): DatabaseBudget {
  return { sessions: new Semaphore(opts.sessions), deadline: Date.now() + opts.timeoutMs, retryMs: opts.retryMs, signal: opts.signal };
}
