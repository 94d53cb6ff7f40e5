import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../InputError.js';
import { printable } from '../printable.js';
import { GivenValueError, parseGivenMetadata, type GivenMetadata } from './givenMetadata.js';

/** The sidecar of a text: `NAME.meta.json` beside `NAME.txt` (or .md, .html). */
export function sidecarPath(file: string): string {
  const ext = extname(file);
  return `${ext === '' ? file : file.slice(0, -ext.length)}.meta.json`;
}

/**
 * The metadata given in a text's sidecar, or null when it has none. The sidecar holds one JSON
 * object under the gold files' keys (a null value is not given; `file`, when present, must name the
 * text; keys starting with `_` are notes). A sidecar that cannot be used throws InputError naming it.
 */
export async function readSidecar(file: string): Promise<GivenMetadata | null> {
  const path = sidecarPath(file);
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(`${printable(path)}: cannot read the metadata (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseSidecar(path, content, basename(file));
}

/** The metadata of a sidecar's content (see readSidecar); `textName` is the text's file name. */
export function parseSidecar(path: string, content: string, textName: string): GivenMetadata {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${printable(path)}: invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${printable(path)}: not a JSON object`);
  const record = value as Record<string, unknown>;
  if (record.file !== undefined && record.file !== null && record.file !== textName) {
    throw new InputError(`${printable(path)}: "file" names ${printable(JSON.stringify(record.file))}, not the text beside it (${printable(textName)})`);
  }
  try {
    return parseGivenMetadata(record);
  } catch (error) {
    if (error instanceof GivenValueError) throw new InputError(`${printable(path)}: ${error.message}`);
    throw error;
  }
}
