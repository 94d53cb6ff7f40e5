import { describe, expect, it } from 'vitest';
import { createAdmission, type AdmissionLimits } from './admission.js';

/** An admission on a clock the test moves, and a way to run a request of `kind` for `ms`. */
function harness(limits: AdmissionLimits) {
  let clock = 0;
  const admission = createAdmission(limits, () => clock);
  return {
    admission,
    advance: (ms: number) => (clock += ms),
    /** Runs one request of `kind` for `ms` alone, so its service time is known. */
    async teach(kind: string, ms: number) {
      const release = await admission.enter(kind);
      clock += ms;
      release!();
    },
  };
}

const settled = async <T>(p: Promise<T>) => Promise.race([p.then((v) => ({ value: v })), new Promise<'pending'>((r) => setImmediate(() => r('pending')))]);

describe('createAdmission', () => {
  it('runs at most `running` at once, queues up to `queued`, sheds the rest at once', async () => {
    const admission = createAdmission({ running: 2, queued: 1, waitMs: 10_000, heavyMs: 1_000 });
    const a = await admission.enter('q');
    const b = await admission.enter('q');
    expect(a && b).toBeTruthy();
    const c = admission.enter('q');
    expect(await admission.enter('q')).toBeNull(); // queue full: shed without waiting
    expect(admission.load()).toMatchObject({ running: 2, queued: 1 });
    a!();
    a!(); // releasing twice frees one turn only
    const released = await c;
    expect(released).toBeTypeOf('function');
    expect(admission.load()).toMatchObject({ running: 2, queued: 0 });
    b!();
    released!();
    expect(admission.load()).toMatchObject({ running: 0, queued: 0 });
  });

  it('sheds at arrival a request whose expected wait is longer than waitMs, and serves one it queued however long it waits', async () => {
    // One turn, requests of 300 ms, at most 1 s of expected wait: three may wait, the fourth is shed.
    const h = harness({ running: 1, queued: 100, waitMs: 1_000, heavyMs: 10_000 });
    await h.teach('q', 300);
    const held = await h.admission.enter('q');
    const waiting = [h.admission.enter('q'), h.admission.enter('q'), h.admission.enter('q')];
    expect(h.admission.load()).toMatchObject({ running: 1, queued: 3 });
    // Shed as it arrives: the promise is settled before any time passes (no late 503).
    expect(await settled(h.admission.enter('q'))).toEqual({ value: null });
    // The queued ones are served, in turn, though the last waits longer than waitMs.
    h.advance(2_000);
    held!();
    for (const w of waiting) {
      const release = await w;
      expect(release).toBeTypeOf('function');
      h.advance(2_000);
      release!();
    }
    expect(h.admission.load()).toMatchObject({ running: 0, queued: 0 });
  });

  it('lets heavy kinds hold at most half the turns, so quick ones still run during a burst of slow ones', async () => {
    const h = harness({ running: 4, queued: 100, waitMs: 60_000, heavyMs: 100 });
    await h.teach('slow', 2_000);
    await h.teach('quick', 10);
    const slow = await Promise.all([h.admission.enter('slow'), h.admission.enter('slow')]);
    const third = h.admission.enter('slow');
    expect(h.admission.load()).toMatchObject({ running: 2, heavyRunning: 2, heavyQueued: 1 });
    // Two turns stay free for quick requests while the slow one waits for a slow one to end.
    const quick = await h.admission.enter('quick');
    expect(quick).toBeTypeOf('function');
    expect(await settled(third)).toBe('pending');
    slow[0]!();
    expect(await third).toBeTypeOf('function');
    expect(h.admission.load()).toMatchObject({ running: 3, heavyRunning: 2, heavyQueued: 0 });
  });

  it('sheds a heavy request whose line is too long while a quick one is still queued', async () => {
    const h = harness({ running: 2, queued: 100, waitMs: 1_000, heavyMs: 100 });
    await h.teach('slow', 800);
    await h.teach('quick', 20);
    await h.admission.enter('slow'); // the heavy share of two turns is one
    await h.admission.enter('quick');
    const queued = h.admission.enter('slow'); // waits for the slow one: 0.8 s expected
    expect(await settled(queued)).toBe('pending');
    // A second heavy one would wait for two slow ones (1.6 s): shed at once.
    expect(await settled(h.admission.enter('slow'))).toEqual({ value: null });
    const quick = h.admission.enter('quick');
    expect(h.admission.load()).toMatchObject({ queued: 2, heavyQueued: 1 });
    expect(await settled(quick)).toBe('pending');
  });

  it('forgets a waiter whose client left', async () => {
    const admission = createAdmission({ running: 1, queued: 5, waitMs: 1_000, heavyMs: 1_000 });
    const held = await admission.enter('q');
    const gone = new AbortController();
    const leaving = admission.enter('q', gone.signal);
    gone.abort();
    expect(await leaving).toBeNull();
    expect(admission.load()).toMatchObject({ running: 1, queued: 0 });
    held!();
    expect(admission.load()).toMatchObject({ running: 0, queued: 0 });
  });
});
