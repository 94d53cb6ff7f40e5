import { describe, expect, it } from 'vitest';
import { createAdmission } from './admission.js';

describe('createAdmission', () => {
  it('runs at most `running` at once, queues up to `queued`, sheds the rest at once', async () => {
    const admission = createAdmission({ running: 2, queued: 1, waitMs: 10_000 });
    const a = await admission.enter();
    const b = await admission.enter();
    expect(a && b).toBeTruthy();
    const c = admission.enter();
    expect(await admission.enter()).toBeNull(); // queue full: shed without waiting
    expect(admission.load()).toEqual({ running: 2, queued: 1 });
    a!();
    a!(); // releasing twice frees one turn only
    const released = await c;
    expect(released).toBeTypeOf('function');
    expect(admission.load()).toEqual({ running: 2, queued: 0 });
    b!();
    released!();
    expect(admission.load()).toEqual({ running: 0, queued: 0 });
  });

  it('sheds a request that waited longer than waitMs, and one whose client left', async () => {
    const admission = createAdmission({ running: 1, queued: 5, waitMs: 20 });
    const held = await admission.enter();
    expect(await admission.enter()).toBeNull();
    const gone = new AbortController();
    const leaving = admission.enter(gone.signal);
    gone.abort();
    expect(await leaving).toBeNull();
    expect(admission.load()).toEqual({ running: 1, queued: 0 });
    held!();
    expect(admission.load()).toEqual({ running: 0, queued: 0 });
  });
});
