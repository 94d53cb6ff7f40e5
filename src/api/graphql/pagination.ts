import { BadUserInputError } from './errors.js';

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients: base64url of "<list>:<offset>", so a cursor of one list is refused by another.
/** Encodes the position after which a page starts in the named list. */
export function encodeCursor(list: string, offset: number): string {
  return Buffer.from(`${list}:${offset}`, 'utf8').toString('base64url');
}

/** Decodes a cursor of the named list to its offset; throws BAD_USER_INPUT on anything else. */
export function decodeCursor(list: string, cursor: string): number {
  const raw = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^([a-z]+):(\d{1,9})$/.exec(raw);
  if (!match || match[1] !== list) throw new BadUserInputError(`"after" is not a cursor of this list (${list})`, 'after');
  return Number(match[2]);
}

/** Validates a page size: 0…MAX_PAGE_SIZE (or `max` when smaller); throws BAD_USER_INPUT naming the argument. */
export function pageSize(value: number | null | undefined, fallback: number, argumentName = 'first', max = MAX_PAGE_SIZE): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new BadUserInputError(`${argumentName} must be a whole number ≥ 0, got ${n}`, argumentName);
  if (n > max) throw new BadUserInputError(`${argumentName} must be at most ${max}, got ${n}`, argumentName);
  return n;
}

/**
 * A connection's total: a number, or a function that counts when a client asks for `totalCount`
 * (counting may cost more than the page itself; see `totalCountResolver`).
 */
export type TotalCount = number | (() => Promise<number>);

/** A Relay connection as resolvers return it. */
export interface Connection<T> {
  totalCount: TotalCount;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Shapes one page (starting at offset `skip`) of a list with `total` items into a connection. */
export function toConnection<T>(list: string, skip: number, total: number, nodes: readonly T[]): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(list, skip + i + 1), node }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: skip + nodes.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Reads `first`/`after` of a connection field into skip/limit. */
export function pageArgs(list: string, args: { first?: number | null; after?: string | null }, fallback = 20): { skip: number; limit: number } {
  return { skip: args.after ? decodeCursor(list, args.after) : 0, limit: pageSize(args.first, fallback) };
}

/**
 * A keyset position: the sort key of the last row a page showed, e.g. [speechCount, name]. A page
 * after it starts at the first row sorting after that key, so rows written or removed meanwhile
 * make the next page neither skip nor repeat one (an offset would shift by them).
 */
export type CursorKey = ReadonlyArray<string | number>;

const MAX_KEY_CURSOR = 2000;

/** Encodes a keyset position in the named list (base64url of "<list>:" and the key as JSON). */
export function encodeKeyCursor(list: string, key: CursorKey): string {
  return Buffer.from(`${list}:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

/**
 * Decodes a keyset cursor of the named list to its key, which must have the given shape ('n' a
 * whole number, 's' a string, per position); throws BAD_USER_INPUT on anything else.
 */
export function decodeKeyCursor(list: string, cursor: string, shape: ReadonlyArray<'n' | 's'>): CursorKey {
  const refuse = () => new BadUserInputError(`"after" is not a cursor of this list (${list})`, 'after');
  if (cursor.length > MAX_KEY_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith(`${list}:`)) throw refuse();
  let key: unknown;
  try {
    key = JSON.parse(raw.slice(list.length + 1));
  } catch {
    throw refuse();
  }
  const fits = (v: unknown, t: 'n' | 's') => (t === 'n' ? Number.isSafeInteger(v) : typeof v === 'string');
  if (!Array.isArray(key) || key.length !== shape.length || !key.every((v, i) => fits(v, shape[i]!))) throw refuse();
  return key as CursorKey;
}

/**
 * Shapes a keyset page into a connection. `rows` holds up to `limit + 1` rows read after `after`
 * (null on the first page): the extra row only tells that a next page exists.
 */
export function toKeyConnection<T>(list: string, total: TotalCount, rows: readonly T[], limit: number, after: CursorKey | null, keyOf: (row: T) => CursorKey): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeKeyCursor(list, keyOf(node)), node }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Resolves `totalCount` of every connection type: counts only when the selection asks for it. */
export const totalCountResolver = (connection: { totalCount: TotalCount }): number | Promise<number> =>
  typeof connection.totalCount === 'function' ? connection.totalCount() : connection.totalCount;
