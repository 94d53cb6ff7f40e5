import { describe, expect, it } from 'vitest';
import { createDatabaseBudget, currentDatabaseBudget, Semaphore, withDatabaseBudget } from './databaseBudget.js';

describe('Semaphore', () => {
  it('lets `permits` holders in at once and the next waiter in when one releases, in order', async () => {
    const sem = new Semaphore(2);
    const order: number[] = [];
    const a = await sem.acquire();
    await sem.acquire();
    const third = sem.acquire().then((release) => (order.push(3), release));
    const fourth = sem.acquire().then((release) => (order.push(4), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    a();
    a(); // a second release of the same permit is ignored
    await third;
    expect(order).toEqual([3]);
    (await third)();
    await fourth;
    expect(order).toEqual([3, 4]);
  });

  it('gives up waiting when the signal aborts, and frees nothing it did not get', async () => {
    const sem = new Semaphore(1);
    const held = await sem.acquire();
    const abort = new AbortController();
    const waiting = sem.acquire(abort.signal);
    abort.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    held();
    const again = await sem.acquire();
    expect(again).toBeTypeOf('function');
  });
});

describe('withDatabaseBudget', () => {
  it('makes the budget visible to everything started inside, across awaits and timers', async () => {
    const budget = createDatabaseBudget({ sessions: 2, timeoutMs: 1000, retryMs: 100, signal: new AbortController().signal });
    const seen = await withDatabaseBudget(budget, async () => {
      await new Promise((r) => setTimeout(r, 1));
      return new Promise((r) => setImmediate(() => r(currentDatabaseBudget())));
    });
    expect(seen).toBe(budget);
    expect(currentDatabaseBudget()).toBeUndefined();
  });
});
