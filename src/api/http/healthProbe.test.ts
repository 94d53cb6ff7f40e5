import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../graph/databaseErrors.js';
import { startHealthProbe } from './healthProbe.js';

const options = { everyMs: 5, timeoutMs: 20, downAfterSlow: 3 };

describe('startHealthProbe', () => {
  it('keeps a healthy database up while single probes are slow (a loaded server), down after several in a row', async () => {
    let delay = 0;
    const probe = await startHealthProbe(() => sleep(delay), options);
    try {
      expect(probe.status().up).toBe(true);
      delay = 60; // every probe now times out
      await sleep(options.everyMs + options.timeoutMs + 10);
      expect(probe.status().up).toBe(true); // one slow answer is load, not death
      await sleep(6 * (options.everyMs + options.timeoutMs));
      expect(probe.status()).toMatchObject({ up: false, reason: expect.stringContaining('no answer') });
      delay = 0;
      await sleep(5 * (options.everyMs + options.timeoutMs));
      expect(probe.status().up).toBe(true);
    } finally {
      probe.stop();
    }
  });

  it('counts a refused connection at once, and starts honest (the first probe is awaited)', async () => {
    let refuse = true;
    const probe = await startHealthProbe(async () => {
      if (refuse) throw new DatabaseUnavailableError('connect ECONNREFUSED', 'ServiceUnavailable');
    }, options);
    try {
      expect(probe.status()).toMatchObject({ up: false, reason: 'connect ECONNREFUSED' });
      refuse = false;
      await sleep(4 * options.everyMs + 20);
      expect(probe.status().up).toBe(true);
      refuse = true;
      await sleep(4 * options.everyMs + 20);
      expect(probe.status().up).toBe(false);
    } finally {
      probe.stop();
    }
  });
});
