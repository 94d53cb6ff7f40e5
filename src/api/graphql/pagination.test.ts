import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageArgs, pageSize, toConnection } from './pagination.js';

describe('cursors', () => {
  it.each([0, 1, 99, 123456])('round-trips offset %i', (n) => {
    expect(decodeCursor('speeches', encodeCursor('speeches', n))).toBe(n);
  });
  it.each([
    ['another list', encodeCursor('slogans', 3)],
    ['garbage', 'not a cursor!'],
    ['base64 of junk', Buffer.from('speeches:-1').toString('base64url')],
    ['empty', ''],
  ])('refuses %s with BAD_USER_INPUT', (_name, cursor) => {
    expect(() => decodeCursor('speeches', cursor)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('pageSize', () => {
  it.each([
    [undefined, 20],
    [null, 20],
    [0, 0],
    [100, 100],
  ])('%s → %i', (value, expected) => expect(pageSize(value, 20)).toBe(expected));
  it.each([101, -1, 1.5])('refuses %s', (value) => {
    expect(() => pageSize(value, 20)).toThrowError(/first must be/);
  });
});

describe('toConnection', () => {
  it('pages through a list and reports the neighbours', () => {
    const first = toConnection('speeches', 0, 5, ['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = pageArgs('speeches', { first: 2, after: first.pageInfo.endCursor });
    expect(next).toEqual({ skip: 2, limit: 2 });
    const last = toConnection('speeches', 4, 5, ['e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.totalCount).toBe(5);
  });
  it('has null cursors on an empty page', () => {
    expect(toConnection('x', 0, 0, []).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
