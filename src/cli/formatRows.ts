import { csvField } from '../export/writeAdminCsv.js';

/** Output formats of `tifa query`. */
export type RowFormat = 'table' | 'csv' | 'json';

type Row = Record<string, unknown>;

/** Widest a table cell gets on the terminal; `--format csv` / `json` give the full values. */
const MAX_CELL_WIDTH = 80;

// Wide (two-column) code points: CJK, Hangul, full-width forms — so Chinese columns line up.
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  const wide =
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Terminal columns a string takes. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** One value as text: null → '', strings as they are, anything else as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A boxed text table (wide characters counted as two columns), with the row count under it. */
export function formatTable(columns: readonly string[], rows: readonly Row[]): string {
  if (columns.length === 0) return '(no columns)\n';
  const cells = rows.map((r) => columns.map((c) => truncate(cellText(r[c]).replace(/\s+/g, ' '), MAX_CELL_WIDTH)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!))));
  const line = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const render = (row: readonly string[]) => `| ${row.map((t, i) => pad(t, widths[i]!)).join(' | ')} |`;
  const body = cells.map(render);
  const count = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  return [line, render(columns), line, ...body, ...(body.length > 0 ? [line] : []), count].join('\n') + '\n';
}

/** CSV with a header line, quoted as RFC 4180 says (lines end in \n, which every CSV reader accepts). */
export function formatCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(cellText(r[c]))).join(','))];
  return lines.join('\n') + '\n';
}

/** The rows as a JSON array of objects (keys in column order). */
export function formatJson(columns: readonly string[], rows: readonly Row[]): string {
  return JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null]))), null, 2) + '\n';
}

/** Formats rows in the chosen format. */
export function formatRows(format: RowFormat, columns: readonly string[], rows: readonly Row[]): string {
  if (format === 'csv') return formatCsv(columns, rows);
  if (format === 'json') return formatJson(columns, rows);
  return formatTable(columns, rows);
}
