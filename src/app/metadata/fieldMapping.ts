import { InputError } from '../InputError.js';
import { printable } from '../printable.js';
import { METADATA_FIELDS } from './givenMetadata.js';

// Which column of a dataset holds the text (or names its file) and which hold given metadata. A
// column named like a metadata key (title, venue, date, speaker, genre, level, place; a speaker's
// name and role also as speaker.name / speaker_name and speaker.role / speaker_role) is that key;
// `--field key=column` maps any other column; every other column is left alone.

/** The keys a column can be mapped to: the metadata fields and the speaker's two parts. */
export const MAPPABLE_KEYS = [...METADATA_FIELDS, 'speaker.name', 'speaker.role'] as const;
export type MappableKey = (typeof MAPPABLE_KEYS)[number];

/** How a dataset's columns are read. */
export interface DatasetFields {
  /** The column holding the text itself, or (exclusive) the column naming a text file beside the dataset. */
  text: { column: string; kind: 'text' | 'file' };
  /** Metadata key → column. */
  metadata: Partial<Record<MappableKey, string>>;
}

/** What the user asked for on the command line. */
export interface DatasetFieldOptions {
  textField?: string;
  textFileField?: string;
  /** `key=column` pairs. */
  fields?: readonly string[];
}

const ALIASES: Record<string, MappableKey> = { speaker_name: 'speaker.name', speaker_role: 'speaker.role' };

/**
 * The mapping for a dataset whose rows have `columns` (a CSV header; every key of a JSONL file).
 * Throws InputError naming `file` for a text column that is missing, both or neither text option,
 * an unknown key or a column the dataset does not have.
 */
export function datasetFields(file: string, columns: readonly string[], opts: DatasetFieldOptions): DatasetFields {
  const where = printable(file);
  const has = new Set(columns);
  const known = (column: string, option: string): string => {
    if (!has.has(column)) throw new InputError(`${where}: ${option} names the column "${printable(column)}", which the dataset does not have (columns: ${columns.map(printable).join(', ') || 'none'})`);
    return column;
  };
  if ((opts.textField === undefined) === (opts.textFileField === undefined)) throw new InputError(`${where}: give exactly one of --text-field and --text-file-field`);
  const text = opts.textField !== undefined ? { column: known(opts.textField, '--text-field'), kind: 'text' as const } : { column: known(opts.textFileField!, '--text-file-field'), kind: 'file' as const };

  const metadata: Partial<Record<MappableKey, string>> = {};
  for (const column of columns) {
    if (column === text.column) continue;
    const key = ALIASES[column] ?? column;
    if ((MAPPABLE_KEYS as readonly string[]).includes(key)) metadata[key as MappableKey] = column;
  }
  for (const pair of opts.fields ?? []) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    const column = eq > 0 ? pair.slice(eq + 1).trim() : '';
    if (key === '' || column === '') throw new InputError(`--field "${printable(pair)}" is not key=column`);
    const mapped = ALIASES[key] ?? key;
    if (!(MAPPABLE_KEYS as readonly string[]).includes(mapped)) throw new InputError(`--field "${printable(pair)}": unknown key "${printable(key)}" (known: ${MAPPABLE_KEYS.join(', ')})`);
    if (column === text.column) throw new InputError(`--field "${printable(pair)}": "${printable(column)}" is the text column`);
    // A speaker mapped as a whole replaces a by-name guess of its parts, and the other way round.
    if (mapped === 'speaker') {
      delete metadata['speaker.name'];
      delete metadata['speaker.role'];
    } else if (mapped.startsWith('speaker.')) delete metadata.speaker;
    metadata[mapped as MappableKey] = known(column, `--field ${key}`);
  }
  return { text, metadata };
}

/**
 * One row's metadata under the gold files' keys, ready for parseGivenMetadata: the mapped columns'
 * values, a speaker from its column or from its name and role columns.
 */
export function mappedRecord(row: Record<string, unknown>, fields: DatasetFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of METADATA_FIELDS) {
    const column = fields.metadata[key];
    if (column !== undefined) out[key] = row[column];
  }
  const nameColumn = fields.metadata['speaker.name'];
  if (out.speaker === undefined && nameColumn !== undefined) {
    const roleColumn = fields.metadata['speaker.role'];
    const name = row[nameColumn];
    out.speaker = name === undefined || name === null || name === '' ? null : { name, role: roleColumn === undefined ? null : (row[roleColumn] ?? null) };
  }
  return out;
}
