import type { Write } from './exportGraph.js';

/** A table: a header and rows of plain values (null is an empty field). */
export interface Table {
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
function field(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a table as CSV (UTF-8, CRLF line ends, a header row), as R's read.csv and pandas.read_csv read it. */
export async function writeTableCsv(table: Table, write: Write): Promise<void> {
  await write(`${table.header.map(field).join(',')}\r\n`);
  for (const row of table.rows) await write(`${row.map(field).join(',')}\r\n`);
}
