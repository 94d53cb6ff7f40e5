import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor, pageArgs, pageSize, toConnection, toKeyConnection, totalCountResolver } from './pagination.js';

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

describe('keyset cursors', () => {
  it('round-trip the sort key of the last row', () => {
    expect(decodeKeyCursor('speeches', encodeKeyCursor('speeches', ['2020-01-02', 'a1']), ['s', 's'])).toEqual(['2020-01-02', 'a1']);
    expect(decodeKeyCursor('slogans', encodeKeyCursor('slogans', [12, '两个维护']), ['n', 's'])).toEqual([12, '两个维护']);
  });
  it.each([
    ['another list', encodeKeyCursor('slogans', ['x', 'y'])],
    ['the wrong shape', encodeKeyCursor('speeches', [1, 'y'])],
    ['too short a key', encodeKeyCursor('speeches', ['x'])],
    ['an offset cursor', encodeCursor('speeches', 3)],
    ['garbage', 'not a cursor!'],
    ['base64 of no JSON', Buffer.from('speeches:[x').toString('base64url')],
    ['too long', 'A'.repeat(3000)],
  ])('refuse %s with BAD_USER_INPUT', (_name, cursor) => {
    expect(() => decodeKeyCursor('speeches', cursor, ['s', 's'])).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
  it('tell a next page by the extra row read', () => {
    const key = (r: string) => ['', r];
    const first = toKeyConnection('speeches', 3, ['a', 'b', 'c'], 2, null, key);
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeKeyCursor('speeches', first.pageInfo.endCursor!, ['s', 's'])).toEqual(['', 'b']);
    const last = toKeyConnection('speeches', 3, ['c'], 2, ['', 'b'], key);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('totalCountResolver', () => {
  it('counts only when asked, through the function a connection carries', async () => {
    let counted = 0;
    const connection = toKeyConnection('speeches', async () => ++counted, [], 20, null, () => []);
    expect(counted).toBe(0);
    await expect(totalCountResolver(connection)).resolves.toBe(1);
    expect(totalCountResolver({ totalCount: 7 })).toBe(7);
  });
});
