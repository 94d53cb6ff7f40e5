import { extractSpeech } from '../extract/extractSpeech.js';
import type { Database } from '../graph/database.js';
import { createIngestPool, defaultWorkers, FILES_IN_FLIGHT_PER_WORKER, MIN_FILES_FOR_WORKERS } from './pipeline/extractPool.js';
import { extractFiles, ingestStream, type ExtractedInput, type IngestEvent, type IngestSummary } from './pipeline/ingestSpeeches.js';
import type { IngestWriteOutcome } from './pipeline/ingestWriteOutcome.js';
import type { DatasetFieldOptions } from './metadata/fieldMapping.js';
import { readDataset, type DatasetRow } from './metadata/readDataset.js';
import { readSidecar } from './metadata/sidecar.js';
import { extractForIngest, type ExtractOutcome } from './pipeline/speechFiles.js';

/** Options of `ingestDatasets`. */
export interface IngestDatasetOptions extends DatasetFieldOptions {
  /** Largest text read (TIFA_MAX_FILE_BYTES), a file's or a row's. */
  maxFileBytes: number;
  concurrency: number;
  workers?: number;
  batchRows?: number;
  onStart?(texts: string[]): void;
  onEvent?(event: IngestEvent): void;
}

/** The rows of every dataset, each text file's sidecar under the row's values (the row wins field by field). */
async function datasetRows(files: readonly string[], opts: DatasetFieldOptions): Promise<DatasetRow[]> {
  const rows: DatasetRow[] = [];
  for (const file of files) {
    for (const row of await readDataset(file, opts)) {
      const sidecar = row.file === null ? null : await readSidecar(row.file);
      rows.push(sidecar === null ? row : { ...row, given: { ...sidecar, ...row.given } });
    }
  }
  return rows;
}

function inlineOutcome(row: DatasetRow, maxBytes: number): ExtractOutcome {
  const text = row.text!.replace(/^\uFEFF/, '');
  if (Buffer.byteLength(text, 'utf8') > maxBytes) return { ok: false, reason: `text larger than the limit of ${maxBytes} bytes (TIFA_MAX_FILE_BYTES)` };
  return { ok: true, speech: extractSpeech({ text, source: row.source }), given: row.given };
}

/**
 * Loads datasets (`tifa ingest FILE.csv|FILE.jsonl --text-field F | --text-file-field F`): every
 * row is one text, its mapped columns given metadata that extraction never overrides. All rows of
 * all datasets are read and checked first (text present, text files there, values usable, sidecars
 * readable), so a bad row stops the run before anything is written (InputError naming the file and
 * line). Then the texts load like `tifa ingest` files: text files on the extraction workers, texts
 * held in a row on this thread.
 */
export async function ingestDatasets(db: Database, files: readonly string[], opts: IngestDatasetOptions): Promise<IngestSummary> {
  const rows = await datasetRows(files, opts);
  opts.onStart?.(rows.map((r) => r.where));
  const byWhere = new Map(rows.map((r) => [r.where, r]));
  const workers = rows.length >= MIN_FILES_FOR_WORKERS ? (opts.workers ?? defaultWorkers()) : 0;
  const pool = workers > 0 ? createIngestPool({ size: workers, maxFileBytes: opts.maxFileBytes }) : null;
  try {
    const extract = (where: string): ExtractOutcome | IngestWriteOutcome | Promise<ExtractOutcome | IngestWriteOutcome> => {
      const row = byWhere.get(where)!;
      if (row.file === null) return inlineOutcome(row, opts.maxFileBytes);
      const metadata = { given: row.given };
      return pool ? pool.extract(row.file, undefined, metadata) : extractForIngest(row.file, opts.maxFileBytes, undefined, metadata);
    };
    const inputs: AsyncIterable<ExtractedInput> = extractFiles<ExtractOutcome | IngestWriteOutcome>(
      rows.map((r) => r.where),
      extract,
      pool ? pool.size * FILES_IN_FLIGHT_PER_WORKER : 1,
    );
    return await ingestStream(db, inputs, rows.length, {
      concurrency: opts.concurrency,
      ...(opts.batchRows !== undefined ? { batchRows: opts.batchRows } : {}),
      ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
    });
  } finally {
    await pool?.close();
  }
}
