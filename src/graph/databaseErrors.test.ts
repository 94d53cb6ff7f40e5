import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError, mapDatabaseError } from './databaseErrors.js';

describe('mapDatabaseError', () => {
  it.each([
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.ClientError.Security.Unauthorized', DatabaseUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', DatabaseUnavailableError],
    ['Neo.ClientError.Statement.SyntaxError', DatabaseError],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', DatabaseError],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', DatabaseError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', DatabaseTimeoutError],
  ])('maps %s to %s, keeping the code and the cause', (code, type) => {
    const original = new Neo4jError('boom', code, 'N/A', 'boom');
    expect(original).toBeInstanceOf(Neo4jError);
    const mapped = mapDatabaseError(original) as DatabaseError;
    expect(mapped).toBeInstanceOf(type);
    if (type === DatabaseError) expect(mapped).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(mapped.code).toBe(code);
    expect(mapped.message).toContain('boom');
    expect(mapped.cause).toBe(original);
  });

  it('passes other errors through untouched', () => {
    const error = new TypeError('not a database error');
    expect(mapDatabaseError(error)).toBe(error);
    const mapped = new DatabaseError('already mapped', 'X');
    expect(mapDatabaseError(mapped)).toBe(mapped);
  });
});
