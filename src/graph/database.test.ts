import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isLockConflict } from './database.js';

// Lock conflicts get the long retry budget (concurrent ingests on hot slogans); a server that is
// away keeps the short one, so a stopped Neo4j is still reported within seconds.
describe('isLockConflict', () => {
  it.each([
    ['Neo.TransientError.Transaction.DeadlockDetected', true],
    ['Neo.TransientError.Transaction.LockClientStopped', true],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', true],
    ['ServiceUnavailable', false],
    ['SessionExpired', false],
    ['Neo.TransientError.General.DatabaseUnavailable', false],
  ])('%s → %s', (code, expected) => {
    expect(isLockConflict(new Neo4jError('x', code, 'N/A', 'x'))).toBe(expected);
  });
});
