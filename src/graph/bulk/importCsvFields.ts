import type { AttributeType } from '../../export/exportGraph.js';
import { csvField, HEADER_TYPES } from '../../export/writeAdminCsv.js';

// Field encoding of the CSV files `tifa import` hands to `neo4j-admin database import full`: the
// header types and RFC 4180 quoting of the export writer (src/export/writeAdminCsv.ts), with two
// differences the import needs. An empty string is quoted ("" is an empty string, an empty field
// no property: SET with null stores nothing either). List elements are split on U+001F instead of
// `;`, which Chinese text and formulations may contain; a value holding U+001F is refused.

/** The array delimiter passed to the import tool (`--array-delimiter=U+001F`). */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** A column type: the export's attribute types plus the datetime of Speech.ingestedAt. */
export type ColumnType = AttributeType | 'datetime';

/** One typed header field (`count:long`, `name`, `ingestedAt:datetime`). */
export function headerField(name: string, type: ColumnType): string {
  return csvField(`${name}${type === 'datetime' ? ':datetime' : HEADER_TYPES[type]}`);
}

/** A value that cannot go into the import files; the speech it belongs to is reported and left out. */
export class ImportValueError extends Error {
  override name = 'ImportValueError';
}

/** A value with an integer's toString (a driver Integer or a number). */
type IntegerLike = { toString(): string } | number;

export const str = (v: string | null | undefined): string => (v === null || v === undefined ? '' : v === '' ? '""' : csvField(v));
/** A string always quoted (the import tool finds the rows of a multi-line file by their quoted fields). */
export const quoted = (v: string): string => `"${v.replace(/"/g, '""')}"`;
export const long = (v: IntegerLike | null | undefined): string => (v === null || v === undefined ? '' : String(v));
export const dbl = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
export const bool = (v: boolean | null | undefined): string => (v === null || v === undefined ? '' : v ? 'true' : 'false');

/**
 * A list field. The import tool cannot write an empty list (an empty field is no property), so an
 * empty list comes out empty and the caller records it for a fix-up after the import.
 */
export function list(values: ReadonlyArray<string | number>): string {
  for (const v of values) {
    if (typeof v === 'string' && v.includes(ARRAY_DELIMITER)) throw new ImportValueError(`a list value holds the control character U+001F: ${JSON.stringify(v.slice(0, 40))}`);
  }
  return csvField(values.join(ARRAY_DELIMITER));
}

/** Throws when a line of a file read without multi-line fields would span lines. */
export function singleLine(line: string, file: string): string {
  if (/[\r\n]/.test(line)) throw new ImportValueError(`a value for ${file} holds a line break`);
  return line;
}
