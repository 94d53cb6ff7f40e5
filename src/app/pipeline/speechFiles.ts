import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { decodeSpeech } from '../../extract/decode.js';
import { extractDecoded, extractFile } from '../../extract/extractFile.js';
import type { ExtractedSpeech } from '../../extract/types.js';
import { InputError } from '../InputError.js';
import type { GivenMetadata } from '../metadata/givenMetadata.js';
import { readSidecar } from '../metadata/sidecar.js';
import { printable } from '../printable.js';

export type { ExtractedSpeech };

/** The file extensions read as speeches when a folder is given. */
export const SPEECH_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** The extraction of one input: the speech with the metadata given with it, or why the input cannot be loaded. */
export type ExtractOutcome = { ok: true; speech: ExtractedSpeech; given?: GivenMetadata | null } | { ok: false; reason: string };

/** Where a text's given metadata comes from: read from its sidecar (NAME.meta.json), or given (a dataset's row, null for none). */
export type MetadataSourcing = 'sidecar' | { given: GivenMetadata | null };

/** A path that was not read, and why (one line; the path may hold any character, print it with `printable`). */
export interface SkippedPath {
  file: string;
  reason: string;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const hasSpeechExtension = (path: string) => SPEECH_EXTENSIONS.has(extname(path).toLowerCase());

/**
 * Expands files and folders (recursively, speech extensions only, sorted) to absolute file paths.
 * Symbolic links inside folders are followed to regular files and folders (a folder reached twice
 * is a loop and not walked again); links that lead nowhere usable are returned in `skipped`, and
 * arguments that cannot be read in `missing`.
 */
export async function listSpeechFiles(args: string[]): Promise<{ files: string[]; missing: SkippedPath[]; skipped: SkippedPath[] }> {
  const files: string[] = [];
  const missing: SkippedPath[] = [];
  const skipped: SkippedPath[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (walked.has(real)) {
      skipped.push({ file: dir, reason: 'symbolic link to a folder already walked (a loop, or a second way in)' });
      return;
    }
    walked.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) {
        if (hasSpeechExtension(e.name)) files.push(path);
      } else if (e.isSymbolicLink()) {
        const target = await stat(path).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) {
          skipped.push({ file: path, reason: target.code === 'ELOOP' ? 'symbolic link loop' : 'symbolic link to nothing (broken)' });
        } else if (target.isDirectory()) await walk(path);
        else if (target.isFile()) {
          if (hasSpeechExtension(e.name)) files.push(path);
        } else if (hasSpeechExtension(e.name)) skipped.push({ file: path, reason: `symbolic link to ${kindOf(target)}` });
      } else if (hasSpeechExtension(e.name)) {
        skipped.push({ file: path, reason: 'not a regular file (FIFO, device or socket)' });
      }
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
  return { files: [...new Set(files)], missing, skipped };
}

const READ_CHUNK = 1 << 20;

/**
 * Reads at most `maxBytes` of a regular file. The size is checked with fstat before any byte is
 * read, and reading stops one byte past the limit whatever the size said, so a sparse 1.5 GB file,
 * /dev/zero, a FIFO or a /proc file that never ends costs no memory and no waiting.
 */
async function readBounded(file: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; regular files ignore it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return { ok: false, reason: `cannot read (${why})` };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, reason: `is ${kindOf(st)}, not a regular file` };
    const tooBig = () => ({ ok: false as const, reason: `larger than the limit of ${maxBytes} bytes (TIFA_MAX_FILE_BYTES)` });
    if (st.size > maxBytes) return tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return tooBig();
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/** Reads a speech file (bounded, regular files only); anything else becomes one InputError line naming it. */
export async function readSpeechFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const read = await readBounded(file, maxBytes);
  if (!read.ok) throw new InputError(`${printable(file)}: ${read.reason}`);
  return read.bytes;
}

/** Reads, decodes and extracts one speech file (`tifa extract`); a file that cannot be used throws InputError naming it. */
export async function extractSpeechFile(file: string, maxBytes: number): Promise<ExtractedSpeech> {
  const result = extractFile(await readSpeechFile(file, maxBytes), file, maxBytes);
  if (!result.ok) throw new InputError(printable(result.diagnostics.map((d) => d.message).join('; ')));
  return result.speech;
}

/**
 * Reads and extracts one file for ingestion; a file that cannot be used becomes `{ ok: false, reason }`.
 * The metadata given with it comes from its sidecar (`metadata` 'sidecar', the default) or from the
 * caller; a sidecar that cannot be used fails the file. `known`, when given, sees the decoded text
 * before the extractor does and may answer instead of it (`tifa ingest`: a text stored already is
 * not extracted again); it sees the given metadata too, which may change the stored speech.
 * Decoding is cheap, extraction is not.
 */
export async function extractForIngest<Known = never>(
  file: string,
  maxBytes: number,
  known?: (text: string, given: GivenMetadata | null) => Known | undefined,
  metadata: MetadataSourcing = 'sidecar',
): Promise<ExtractOutcome | Known> {
  let given: GivenMetadata | null;
  try {
    given = metadata === 'sidecar' ? await readSidecar(file) : metadata.given;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const read = await readBounded(file, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeSpeech(read.bytes, file, maxBytes);
  const answer = decoded.text === null || known === undefined ? undefined : known(decoded.text, given);
  if (answer !== undefined) return answer;
  const result = extractDecoded(decoded, file);
  if (result.ok) return given === null ? result : { ...result, given };
  return { ok: false, reason: result.diagnostics.map((d) => d.message.replace(`${file}: `, '')).join('; ') || 'cannot be extracted' };
}
