/** What the last probes found. */
export interface HealthStatus {
  up: boolean;
  /** Why the database counts as down (the driver's message). */
  reason: string | null;
  checkedAt: number;
}

/** A database probe run in the background, so /health answers from what it last found. */
export interface HealthProbe {
  status(): HealthStatus;
  stop(): void;
}

/**
 * How the probe runs. A refused connection (a stopped Neo4j) counts at once; a probe that merely
 * takes too long counts only when `downAfterSlow` in a row do: under load a ping waits behind the
 * queries, and a load balancer must not pull a server that is busy but healthy.
 */
export const HEALTH_PROBE = { everyMs: 500, timeoutMs: 1_000, downAfterSlow: 5 } as const;

class ProbeTimeout extends Error {}

/**
 * Probes `check` (the database's own reserved connections, see DRIVER_LIMITS) every `everyMs`, one
 * probe at a time; the first probe is awaited (at most `timeoutMs`), so a server starts honest.
 */
export async function startHealthProbe(check: () => Promise<void>, options: { everyMs: number; timeoutMs: number; downAfterSlow: number } = HEALTH_PROBE): Promise<HealthProbe> {
  let current: HealthStatus = { up: false, reason: 'not probed yet', checkedAt: 0 };
  let slow = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function probe(): Promise<void> {
    let limit: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        check(),
        new Promise((_, reject) => {
          limit = setTimeout(() => reject(new ProbeTimeout(`no answer from Neo4j within ${options.timeoutMs} ms`)), options.timeoutMs);
        }),
      ]);
      slow = 0;
      current = { up: true, reason: null, checkedAt: Date.now() };
    } catch (error) {
      const timedOut = error instanceof ProbeTimeout;
      slow = timedOut ? slow + 1 : 0;
      const reason = (error as Error).message.split('\n')[0]!;
      // A slow answer keeps the last verdict until too many come in a row; anything else is down now.
      if (!timedOut || slow >= options.downAfterSlow || current.checkedAt === 0) current = { up: false, reason, checkedAt: Date.now() };
    } finally {
      clearTimeout(limit);
    }
  }

  const loop = () => {
    if (stopped) return;
    timer = setTimeout(() => void probe().finally(loop), options.everyMs);
    timer.unref(); // a probe never keeps the process alive
  };
  await probe();
  loop();
  return {
    status: () => current,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
