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

/** A Relay connection as resolvers return it. */
export interface Connection<T> {
  totalCount: number;
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
