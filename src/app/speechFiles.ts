import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { extractFile } from '../extract/extractFile.js';
import type { ExtractedSpeech } from '../extract/types.js';
import { InputError } from './InputError.js';

export type { ExtractedSpeech };

/** The file extensions read as speeches when a folder is given. */
export const SPEECH_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** The extraction of one input: the speech, or why the input cannot be loaded. */
export type ExtractOutcome = { ok: true; speech: ExtractedSpeech } | { ok: false; reason: string };

/** Expands files and folders (recursively, speech extensions only, sorted) to absolute file paths; unreadable arguments are returned apart. */
export async function listSpeechFiles(args: string[]): Promise<{ files: string[]; missing: Array<{ file: string; reason: string }> }> {
  const files: string[] = [];
  const missing: Array<{ file: string; reason: string }> = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && SPEECH_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
    }
  };
  for (const arg of args) {
    const path = resolve(arg);
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else files.push(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({ file: arg, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(error)})` });
    }
  }
  return { files: [...new Set(files)], missing };
}

/** Reads a file; a missing or unreadable file becomes one InputError line naming it. */
export async function readSpeechFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new InputError(`${file}: cannot read (${why})`);
  }
}

/** Reads, decodes and extracts one speech file (`tifa extract`); a file that cannot be used throws InputError naming it. */
export async function extractSpeechFile(file: string, maxBytes: number): Promise<ExtractedSpeech> {
  const result = extractFile(await readSpeechFile(file), file, maxBytes);
  if (!result.ok) throw new InputError(result.diagnostics.map((d) => d.message).join('; '));
  return result.speech;
}

/** Reads and extracts one file for ingestion; a file that cannot be used becomes `{ ok: false, reason }`. */
export async function extractForIngest(file: string, maxBytes: number): Promise<ExtractOutcome> {
  const bytes = await readFile(file);
  const result = extractFile(bytes, file, maxBytes);
  if (result.ok) return result;
  return { ok: false, reason: result.diagnostics.map((d) => d.message.replace(`${file}: `, '')).join('; ') || 'cannot be extracted' };
}
