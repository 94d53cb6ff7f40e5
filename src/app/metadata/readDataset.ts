import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../InputError.js';
import { printable } from '../printable.js';
import { datasetFields, mappedRecord, type DatasetFieldOptions } from './fieldMapping.js';
import { GivenValueError, parseGivenMetadata, type GivenMetadata } from './givenMetadata.js';

/** One text of a dataset: where it is written, its text or its file, and its given metadata. */
export interface DatasetRow {
  /** `dataset:line` (the line a CSV record ends on, or the JSONL line). */
  where: string;
  /** The speech's source: the text file's absolute path, or `dataset:line` for a text in the row. */
  source: string;
  /** The text itself (text column), or null when the row names a file. */
  text: string | null;
  /** The text file's absolute path (file column), or null. */
  file: string | null;
  given: GivenMetadata;
}

/** The file extensions read as datasets (with --text-field or --text-file-field). */
export const DATASET_EXTENSIONS = new Set(['.csv', '.jsonl']);

/** True for a path `tifa ingest` reads as a dataset. */
export const isDataset = (path: string): boolean => DATASET_EXTENSIONS.has(extname(path).toLowerCase());

interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

function csvRows(file: string, content: string): { columns: string[]; rows: RawRow[] } {
  try {
    const records = parse(content, { columns: true, bom: true, skip_empty_lines: true, info: true }) as Array<{ record: Record<string, string>; info: { lines: number; columns?: Array<{ name: string }> } }>;
    const header = parse(content, { bom: true, to_line: 1 }) as string[][];
    return { columns: header[0] ?? [], rows: records.map((r) => ({ line: r.info.lines, values: r.record })) };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InputError(`${printable(file)}${line ? `:${line}` : ''}: malformed CSV (${error.message.replace(/ on line \d+$/, '').replace(/ at line \d+$/, '')})`);
    }
    throw error;
  }
}

function jsonlRows(file: string, content: string): { columns: string[]; rows: RawRow[] } {
  const columns = new Set<string>();
  const rows: RawRow[] = [];
  content.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${printable(file)}:${i + 1}: invalid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${printable(file)}:${i + 1}: not a JSON object`);
    for (const k of Object.keys(value)) columns.add(k);
    rows.push({ line: i + 1, values: value as Record<string, unknown> });
  });
  return { columns: [...columns], rows };
}

/**
 * Reads a dataset (CSV with a header line, or JSONL) whole and checks every row before anything
 * is loaded: the text is there (a non-empty text, or a file that exists beside the dataset), and
 * the given metadata is usable. The first problem throws InputError naming the file and the line.
 */
export async function readDataset(file: string, opts: DatasetFieldOptions): Promise<DatasetRow[]> {
  const path = resolve(file);
  const content = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${printable(file)}: cannot read the dataset (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)})`);
  });
  const csv = extname(path).toLowerCase() === '.csv';
  const { columns, rows } = csv ? csvRows(file, content) : jsonlRows(file, content);
  const fields = datasetFields(file, columns, opts);
  const out: DatasetRow[] = [];
  for (const row of rows) {
    const where = `${path}:${row.line}`;
    const fail = (why: string): never => {
      throw new InputError(`${printable(file)}:${row.line}: ${why}`);
    };
    let given: GivenMetadata = {};
    try {
      given = parseGivenMetadata(mappedRecord(row.values, fields));
    } catch (error) {
      if (error instanceof GivenValueError) fail(error.message);
      throw error;
    }
    const value = row.values[fields.text.column];
    if (typeof value !== 'string' || value.trim() === '') fail(`no text in column "${printable(fields.text.column)}"`);
    if (fields.text.kind === 'text') {
      out.push({ where, source: where, text: value as string, file: null, given });
      continue;
    }
    const textFile = resolve(dirname(path), (value as string).trim());
    const st = await stat(textFile).catch(() => null);
    if (st === null || !st.isFile()) fail(`text file "${printable((value as string).trim())}" ${st === null ? 'does not exist' : 'is not a regular file'} (${printable(textFile)})`);
    out.push({ where, source: textFile, text: null, file: textFile, given });
  }
  return out;
}
