import neo4j, { type Integer } from 'neo4j-driver';
import type { Database } from '../database.js';
import { recordToPlain } from '../toPlain.js';
import type { ReadCypher } from './readCypher.js';
import type { Page, SnippetRow } from './types.js';

/** One result row as plain values. */
export type Row = Record<string, unknown>;

/** What every entity's reads are built from: the loaded read queries and three ways to run one. */
export interface Reader {
  q: ReadCypher;
  /** Runs a read query in a managed read transaction; rows come back as plain values. */
  rows(cypher: string, params: Row): Promise<Row[]>;
  /** Runs a query that returns one row `{total, rows}`. */
  page<T>(cypher: string, params: Row): Promise<Page<T>>;
  /** A whole number as Cypher wants it for SKIP/LIMIT and integer properties. */
  int(n: number): Integer;
}

/** Builds the reader over a database and the loaded queries. */
export function createReader(db: Database, q: ReadCypher): Reader {
  const rows = (cypher: string, params: Row): Promise<Row[]> =>
    db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => recordToPlain<Row>(r)));
  return {
    q,
    rows,
    page: async <T>(cypher: string, params: Row): Promise<Page<T>> => {
      const [row] = await rows(cypher, params);
      return { total: Number(row?.total ?? 0), rows: (row?.rows ?? []) as T[] };
    },
    int: (n) => neo4j.int(n),
  };
}

/** Groups rows by one column's value, mapping each row. */
export function groupBy<T>(rows: Row[], key: string, value: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(value(row));
  }
  return out;
}

/** Node properties without the bulky speech text. */
export function withoutText(props: unknown): Record<string, unknown> {
  const { text: _text, ...rest } = (props ?? {}) as Record<string, unknown>;
  return rest;
}

// Offsets come absolute in the speech text; the client wants them relative to the sentence.
/** A mention row shaped as the API's snippet. */
export function toSnippet(speechId: string, row: Row): SnippetRow {
  const from = Number(row.from);
  const start = Number(row.start) - from;
  const end = Number(row.end) - from;
  const sentence = String(row.sentence ?? '');
  return { target: withoutText(row.target), speechId, offset: Number(row.start), sentence, start, end, text: sentence.slice(start, end) };
}
