import { performance } from 'node:perf_hooks';
import { createServiceTimes } from './serviceTimes.js';

/** How many requests may use the database at once, and how many may wait for a turn. */
export interface AdmissionLimits {
  /** Requests running at once. */
  running: number;
  /** Requests waiting for a turn; beyond it a request is shed at once. */
  queued: number;
  /** Longest expected wait for a turn; a request expected to wait longer is shed at once. */
  waitMs: number;
  /** A kind of request whose recent service time is longer than this is heavy: heavy ones hold at most half the turns. */
  heavyMs: number;
}

/** Admits requests to the database, a bounded number at a time. */
export interface Admission {
  /**
   * Resolves with a release function once the request may run; null at once when it is shed (the
   * queue is full, or the wait it can expect is longer than `waitMs`), or when its client left while
   * it waited. `kind` names what the request asks (the same text for the same question), so that
   * its expected service time is known from the ones before it.
   */
  enter(kind: string, signal?: AbortSignal): Promise<(() => void) | null>;
  /** Requests running and waiting now, and how many of them are heavy. */
  load(): { running: number; queued: number; heavyRunning: number; heavyQueued: number };
}

interface Turn {
  heavy: boolean;
  /** Expected service time (ms) when it started, for the estimate of when turns free up. */
  expectedMs: number;
}

interface Waiter {
  heavy: boolean;
  since: number;
  admit(): void;
}

/** Kinds of request whose service times are remembered (the least recently seen are forgotten). */
const KINDS_REMEMBERED = 1_000;

/**
 * A bounded queue in front of the database. When Neo4j is the bottleneck, more requests at once
 * only make every request slower until all of them time out; so at most `running` run and the rest
 * wait for a turn — but only when the wait they can expect (the requests ahead of them over the
 * rate at which turns free up, both from recent service times) is within `waitMs`. Otherwise they are
 * told at once to come back (503 with Retry-After): a request is shed when it arrives, in
 * milliseconds, never after waiting; one that was queued is served. Heavy kinds (recently slower
 * than `heavyMs`) hold at most half the turns and wait in their own line, so a burst of slow
 * reads cannot take every turn from quick ones; between the lines, turns go first come, first served.
 */
export function createAdmission(limits: AdmissionLimits, now: () => number = () => performance.now()): Admission {
  const heavyMax = Math.max(1, Math.floor(limits.running / 2));
  const times = createServiceTimes(KINDS_REMEMBERED);
  const running = new Set<Turn>();
  let heavyRunning = 0;
  const lines = { light: [] as Waiter[], heavy: [] as Waiter[] };
  const lineOf = (heavy: boolean) => (heavy ? lines.heavy : lines.light);
  const canRun = (heavy: boolean) => running.size < limits.running && (!heavy || heavyRunning < heavyMax);

  const start = (kind: string, heavy: boolean): (() => void) => {
    const started = now();
    const turn: Turn = { heavy, expectedMs: times.expected(kind) };
    running.add(turn);
    if (heavy) heavyRunning++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      running.delete(turn);
      if (heavy) heavyRunning--;
      times.record(kind, now() - started);
      next();
    };
  };

  // A freed turn goes to whichever line's first waiter came first, the heavy line only below its share.
  const next = () => {
    while (running.size < limits.running) {
      const light = lines.light[0];
      const heavy = heavyRunning < heavyMax ? lines.heavy[0] : undefined;
      const pick = light && heavy ? (light.since <= heavy.since ? light : heavy) : (light ?? heavy);
      if (!pick) return;
      lineOf(pick.heavy).shift();
      pick.admit();
    }
  };

  // Turns free up at the sum of 1 / expected service time of the running requests; a waiter's
  // turn comes once those ahead of it have had theirs.
  const expectedWait = (heavy: boolean): number => {
    let rate = 0;
    let heavyRate = 0;
    for (const turn of running) {
      const r = 1 / Math.max(1, turn.expectedMs);
      rate += r;
      if (turn.heavy) heavyRate += r;
    }
    if (rate === 0) return 0;
    if (heavy) {
      const ahead = lines.heavy.length + 1;
      const anyTurn = (ahead + lines.light.length) / rate;
      // At its share, a heavy request waits for a heavy one to end.
      return heavyRunning >= heavyMax && heavyRate > 0 ? Math.max(ahead / heavyRate, anyTurn) : anyTurn;
    }
    const heavyAhead = Math.min(lines.heavy.length, Math.max(0, heavyMax - heavyRunning));
    return (lines.light.length + heavyAhead + 1) / rate;
  };

  return {
    enter(kind, signal) {
      const heavy = times.expected(kind) > limits.heavyMs;
      if (canRun(heavy)) return Promise.resolve(start(kind, heavy));
      if (lines.light.length + lines.heavy.length >= limits.queued || expectedWait(heavy) > limits.waitMs) return Promise.resolve(null);
      if (signal?.aborted) return Promise.resolve(null);
      return new Promise((resolve) => {
        const leave = () => {
          const line = lineOf(heavy);
          const at = line.indexOf(waiter);
          if (at >= 0) line.splice(at, 1);
          resolve(null);
        };
        const waiter: Waiter = {
          heavy,
          since: now(),
          admit: () => {
            signal?.removeEventListener('abort', leave);
            resolve(start(kind, heavy));
          },
        };
        signal?.addEventListener('abort', leave, { once: true });
        lineOf(heavy).push(waiter);
      });
    },
    load: () => ({ running: running.size, queued: lines.light.length + lines.heavy.length, heavyRunning, heavyQueued: lines.heavy.length }),
  };
}
