import type { Database } from '../graph/database.js';
import { speechIdsBySource, type StoredSpeechRef } from '../graph/read/speechIdsBySource.js';
import { createIngestPool, defaultWorkers, FILES_IN_FLIGHT_PER_WORKER, MIN_FILES_FOR_WORKERS } from './pipeline/extractPool.js';
import { ingestSpeeches, type IngestEvent, type IngestSummary } from './pipeline/ingestSpeeches.js';
import { storedUnder } from './pipeline/ingestWriteOutcome.js';
import { InputError } from './InputError.js';
import { printable } from './printable.js';
import { extractForIngest, listSpeechFiles, SPEECH_EXTENSIONS, type SkippedPath } from './pipeline/speechFiles.js';

/** Options of `ingestFiles`. */
export interface IngestFilesOptions {
  /** Largest file read (TIFA_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Write transactions at the same time (several speeches each); ≥ 1. */
  concurrency: number;
  /** Extraction worker threads (default: one per core); 0 extracts on the calling thread. */
  workers?: number;
  /** Rows per write transaction (default DEFAULT_BATCH_ROWS); 1 writes one speech per transaction. */
  batchRows?: number;
  /** Called once the files are listed, before the first is read. */
  onStart?(files: string[]): void;
  /** Called after each file, in completion order. */
  onEvent?(event: IngestEvent): void;
}

/** The outcome of `ingestFiles`: the files found, arguments that could not be read, and the run's totals. */
export interface IngestFilesResult {
  files: string[];
  missing: SkippedPath[];
  /** Entries of folders that were not read (broken or looping links, FIFOs, devices), each with why. */
  skipped: SkippedPath[];
  summary: IngestSummary;
}

/**
 * The id stored under each file's name, for the files that have exactly one speech stored: that is
 * when the write statement reports the same text `unchanged` (with two, it would replace the other
 * one, and with none — the text perhaps stored under another name — it decides after extraction).
 * A snapshot taken when the run begins: anything extracted is still decided by the write statement,
 * so a concurrent writer can only make a file reported unchanged that was stored when the run began.
 */
async function storedIdBySource(db: Database, files: readonly string[]): Promise<Map<string, StoredSpeechRef>> {
  const stored = new Map<string, StoredSpeechRef>();
  for (const [source, speeches] of await speechIdsBySource(db, files)) if (speeches.length === 1) stored.set(source, speeches[0]!);
  return stored;
}

/**
 * Loads speech files and folders into the graph: lists them, then reads, decodes and extracts the
 * files on worker threads (a file whose text is stored under its name already is not extracted)
 * while earlier ones are written several per transaction, and brings
 * derived data up to date at the end. Unreadable arguments and bad files are reported, not fatal;
 * no speech file at all is an InputError.
 */
export async function ingestFiles(db: Database, paths: string[], opts: IngestFilesOptions): Promise<IngestFilesResult> {
  const { files, missing, skipped } = await listSpeechFiles(paths);
  if (files.length === 0 && missing.length === 0) throw new InputError(`no speech files (${[...SPEECH_EXTENSIONS].join(', ')}) under ${printable(paths.join(', '))}`);
  opts.onStart?.(files);
  // Each worker loads the segmenter's dictionary first (about a second): not worth it for a few files.
  const workers = files.length >= MIN_FILES_FOR_WORKERS ? (opts.workers ?? defaultWorkers()) : 0;
  const pool = workers > 0 ? createIngestPool({ size: workers, maxFileBytes: opts.maxFileBytes }) : null;
  try {
    // Read while the workers start: a file whose text is the one speech stored under its name is
    // reported unchanged after decoding, without extraction (~9 ms of CPU a speech).
    const lookup = performance.now();
    const stored = await storedIdBySource(db, files);
    const lookupSeconds = (performance.now() - lookup) / 1000;
    const summary = await ingestSpeeches(db, files, {
      extract: pool
        ? (file) => pool.extract(file, stored.get(file))
        : (file) => extractForIngest(file, opts.maxFileBytes, storedUnder(stored.get(file))),
      extractConcurrency: pool ? pool.size * FILES_IN_FLIGHT_PER_WORKER : 1,
      concurrency: opts.concurrency,
      ...(opts.batchRows !== undefined ? { batchRows: opts.batchRows } : {}),
      ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
    });
    // The run's time includes the look-up (up to a second or so for 100,000 files), which it pays for.
    return { files, missing, skipped, summary: { ...summary, seconds: summary.seconds + lookupSeconds } };
  } finally {
    await pool?.close();
  }
}
