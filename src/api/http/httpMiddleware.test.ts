import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startRequestBudget } from './httpMiddleware.js';

// A response as startRequestBudget sees it: 'close' comes when the exchange ends, either after the
// whole answer was flushed (writableFinished) or because the client went away first.
function response(writableFinished: boolean): ServerResponse {
  return Object.assign(new EventEmitter(), { writableFinished, headersSent: writableFinished, writableEnded: writableFinished }) as unknown as ServerResponse;
}

const LIMITS = { timeoutMs: 60_000, sessions: 2, retryMs: 1_000 };

describe('startRequestBudget', () => {
  it('cancels the request’s database work when the client leaves before its answer', () => {
    const res = response(false);
    const budget = startRequestBudget(LIMITS, res);
    res.emit('close');
    expect(budget.signal.aborted).toBe(true);
    expect((budget.signal.reason as DOMException).name).toBe('AbortError');
  });

  it('leaves the signal alone once the whole answer was handed on: no work is left to cancel', () => {
    const res = response(true);
    const budget = startRequestBudget(LIMITS, res);
    res.emit('close');
    expect(budget.signal.aborted).toBe(false);
  });
});
