import type { Database } from '../graph/database.js';
import { ingestSpeeches, type IngestEvent, type IngestSummary } from './ingestSpeeches.js';
import { InputError } from './InputError.js';
import { extractForIngest, listSpeechFiles, SPEECH_EXTENSIONS } from './speechFiles.js';

/** Options of `ingestFiles`. */
export interface IngestFilesOptions {
  /** Largest file read (TIFA_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Speeches written at the same time (separate transactions); ≥ 1. */
  concurrency: number;
  /** Called once the files are listed, before the first is read. */
  onStart?(files: string[]): void;
  /** Called after each file, in completion order. */
  onEvent?(event: IngestEvent): void;
}

/** The outcome of `ingestFiles`: the files found, arguments that could not be read, and the run's totals. */
export interface IngestFilesResult {
  files: string[];
  missing: Array<{ file: string; reason: string }>;
  summary: IngestSummary;
}

/**
 * Loads speech files and folders into the graph: lists them, then reads, decodes and extracts each
 * file while earlier ones are written, and brings derived data up to date at the end. Unreadable
 * arguments and bad files are reported, not fatal; no speech file at all is an InputError.
 */
export async function ingestFiles(db: Database, paths: string[], opts: IngestFilesOptions): Promise<IngestFilesResult> {
  const { files, missing } = await listSpeechFiles(paths);
  if (files.length === 0 && missing.length === 0) throw new InputError(`no speech files (${[...SPEECH_EXTENSIONS].join(', ')}) under ${paths.join(', ')}`);
  opts.onStart?.(files);
  const summary = await ingestSpeeches(db, files, {
    extract: (file) => extractForIngest(file, opts.maxFileBytes),
    concurrency: opts.concurrency,
    ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
  });
  return { files, missing, summary };
}
