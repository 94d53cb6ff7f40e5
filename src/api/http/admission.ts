/** How many requests may use the database at once, and how many may wait for a turn. */
export interface AdmissionLimits {
  /** Requests running at once. */
  running: number;
  /** Requests waiting for a turn; beyond it a request is shed at once. */
  queued: number;
  /** Longest wait for a turn; a request that waited this long is shed. */
  waitMs: number;
}

/** Admits requests to the database, a bounded number at a time. */
export interface Admission {
  /** Resolves with a release function once the request may run; null when it is shed (queue full or waited too long). */
  enter(signal?: AbortSignal): Promise<(() => void) | null>;
  /** Requests running and waiting now. */
  load(): { running: number; queued: number };
}

/**
 * A bounded queue in front of the database. When Neo4j is the bottleneck, more requests at once
 * only make every request slower until all of them time out; so at most `running` run, at most
 * `queued` wait (first come, first served), and the rest are told at once to come back (503 with
 * Retry-After) rather than after the request timeout.
 */
export function createAdmission(limits: AdmissionLimits): Admission {
  let running = 0;
  const waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else running--;
  };
  const once = () => {
    let done = false;
    return () => {
      if (!done) (done = true), release();
    };
  };
  return {
    enter(signal) {
      if (running < limits.running) {
        running++;
        return Promise.resolve(once());
      }
      if (waiting.length >= limits.queued) return Promise.resolve(null);
      return new Promise((resolve) => {
        const entry = {
          admit: () => resolve(once()),
          timer: setTimeout(() => leave(), limits.waitMs),
        };
        const leave = () => {
          const at = waiting.indexOf(entry);
          if (at >= 0) waiting.splice(at, 1);
          clearTimeout(entry.timer);
          resolve(null);
        };
        signal?.addEventListener('abort', leave, { once: true });
        waiting.push(entry);
      });
    },
    load: () => ({ running, queued: waiting.length }),
  };
}
