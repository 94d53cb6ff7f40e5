import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseError, DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/databaseErrors.js';
import { InputError } from '../../app/InputError.js';
import { MAX_ECHO_CHARS, quote } from '../../app/printable.js';
import { BadUserInputError, createErrorFormatter, NotFoundError } from './errors.js';

function format(production: boolean, error: unknown) {
  const reported: unknown[] = [];
  const formatter = createErrorFormatter(production, (e) => reported.push(e));
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof GraphQLError ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const wrapped = new GraphQLError(message, { originalError: error as Error, path: ['x'] });
  const formatted = formatter({ message, path: ['x'], extensions: { code, stacktrace: ['at secret.ts:1'] } }, wrapped);
  return { formatted, reported };
}

describe('createErrorFormatter', () => {
  it.each([
    ['database down', new DatabaseUnavailableError('connect ECONNREFUSED', 'ServiceUnavailable'), false, 'SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again later.'],
    ['database down, production', new DatabaseUnavailableError('connect ECONNREFUSED', 'ServiceUnavailable'), true, 'SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again later.'],
    ['database error, dev', new DatabaseError('Neo4j error X: boom', 'X'), false, 'INTERNAL_SERVER_ERROR', 'Neo4j error X: boom'],
    ['database error, production', new DatabaseError('Neo4j error X: boom', 'X'), true, 'INTERNAL_SERVER_ERROR', 'Internal server error.'],
    ['bug, dev', new TypeError('cannot read x of undefined'), false, 'INTERNAL_SERVER_ERROR', 'cannot read x of undefined'],
    ['bug, production', new TypeError('cannot read x of undefined'), true, 'INTERNAL_SERVER_ERROR', 'Internal server error.'],
    ['user error, production', new BadUserInputError('first must be at most 100', 'first'), true, 'BAD_USER_INPUT', 'first must be at most 100'],
    ['not found', new NotFoundError('no speech x'), true, 'NOT_FOUND', 'no speech x'],
    ['the application refuses the input', new InputError('seed "x" must look like <type>:<key>', 'seed'), true, 'BAD_USER_INPUT', 'seed "x" must look like <type>:<key>'],
    ['the application finds nothing', new InputError('no slogan "x" in the graph', 'seed', true), true, 'NOT_FOUND', 'no slogan "x" in the graph'],
    ['transaction memory pool spent', new DatabaseError('Neo4j error: MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'), true, 'SERVICE_UNAVAILABLE', 'The graph database has no memory left for this request now; try again later or ask for less.'],
    ['one transaction over its memory limit', new DatabaseUnavailableError('Neo4j is unavailable: limit reached', 'Neo.TransientError.General.TransactionMemoryLimit'), true, 'SERVICE_UNAVAILABLE', 'The graph database has no memory left for this request now; try again later or ask for less.'],
    ['another transient error', new DatabaseError('Neo4j error: busy', 'Neo.TransientError.Transaction.Outdated'), false, 'SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again later.'],
    ['database stopped the work at the deadline', new DatabaseTimeoutError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), true, 'REQUEST_TIMEOUT', 'The request ran out of time; the database work was stopped. Ask for less.'],
  ])('%s', (_name, error, production, code, message) => {
    const { formatted } = format(production, error);
    expect(formatted.extensions?.code).toBe(code);
    expect(formatted.message).toBe(message);
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
    expect(formatted.path).toEqual(['x']);
  });

  it('reports internal errors to the log but not user errors', () => {
    expect(format(true, new TypeError('bug')).reported).toHaveLength(1);
    expect(format(true, new BadUserInputError('bad')).reported).toHaveLength(0);
  });
});

describe('validation errors from our own rules', () => {
  it('keep their code when Apollo re-codes them as GRAPHQL_VALIDATION_FAILED', () => {
    const formatter = createErrorFormatter(true, () => {});
    const own = new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_DEEP' } });
    const wrapped = new GraphQLError('too deep', { originalError: own, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatter({ message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions?.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('echoed arguments', () => {
  it('quote() cuts a value to MAX_ECHO_CHARS', () => {
    expect(quote('short')).toBe('"short"');
    expect(quote('x'.repeat(5000))).toBe(`"${'x'.repeat(MAX_ECHO_CHARS)}…"`);
  });

  it('the formatter cuts quoted values in messages written by graphql or Apollo', () => {
    const formatter = createErrorFormatter(true, () => {});
    const huge = 'y'.repeat(1_000_000);
    const message = `Variable "$n" got invalid value "${huge}"; Int cannot represent non-integer value: "${huge}"`;
    const formatted = formatter({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(formatted.message).toBe(`Variable "$n" got invalid value "${'y'.repeat(100)}…"; Int cannot represent non-integer value: "${'y'.repeat(100)}…"`);
  });
});
