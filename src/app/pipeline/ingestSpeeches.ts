import type { Database } from '../../graph/database.js';
import { DatabaseUnavailableError } from '../../graph/databaseErrors.js';
import { refreshDerivedData } from '../../graph/refreshDerivedData.js';
import { speechIdOf } from '../../graph/write/speechRows.js';
import type { SpeechParams } from '../../graph/write/speechParams.js';
import { writeSpeeches, type WriteOutcome } from '../../graph/write/writeSpeeches.js';
import { ingestWriteOutcome, type IngestWriteOutcome } from './ingestWriteOutcome.js';
import type { ExtractOutcome } from './speechFiles.js';

/** What happened to one input. */
export interface IngestEvent {
  file: string;
  status: WriteOutcome['status'] | 'failed';
  id?: string;
  mentions: number;
  reason?: string;
  /** Inputs finished so far (this one included) and in total (null when the inputs are streamed). */
  done: number;
  total: number | null;
}

/** The totals of one ingest run. */
export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** MENTIONS relationships written. */
  mentions: number;
  /** CO_OCCURS pairs after the run (null when nothing changed). */
  cooccurs: number | null;
  /** Bytes of text (UTF-8) of the distinct texts read (extracted, or found stored already). */
  bytes: number;
  /** Write transactions used (several speeches each). */
  batches: number;
  seconds: number;
  failures: Array<{ file: string; reason: string }>;
}

/**
 * One input for the writers: its name (a file, or `file:line` of a JSONL) and its extraction,
 * shaped for the writer already (by an extraction worker) or not (shaped when it is queued).
 */
export interface ExtractedInput {
  file: string;
  outcome: ExtractOutcome | IngestWriteOutcome;
}

/** Options of an ingest run. */
export interface IngestOptions {
  /** Extracts one input (reads the file, decodes, runs the extractor, maybe shapes the write); may be sync or async (a worker pool). */
  extract(file: string): ExtractOutcome | IngestWriteOutcome | Promise<ExtractOutcome | IngestWriteOutcome>;
  /** Extractions in flight at once (the worker pool's size; 1 for in-process extraction). */
  extractConcurrency?: number;
  /** Write transactions at the same time; ≥ 1. */
  concurrency: number;
  /** Rows (MENTIONS + sections) per write transaction; a speech larger than this is written alone. */
  batchRows?: number;
  /** Called after each input, in completion order. */
  onEvent?(event: IngestEvent): void;
  /** Bring CO_OCCURS up to date after the run when anything changed (default true). */
  materialise?: boolean;
}

/** Rows per write transaction: large enough to amortise a commit, small enough for transaction memory. */
export const DEFAULT_BATCH_ROWS = 20_000;
/** Speeches per write transaction at most (small speeches). */
const MAX_BATCH_SPEECHES = 200;

/** An input that gave no speech, and why (the failure case of every outcome: extraction, import lines). */
type Failure = { ok: false; reason: string };

/**
 * Extracts files with up to `parallel` extractions in flight (a worker pool does them at once), in
 * input order; pulled one at a time, so extraction never runs far ahead of writing.
 */
export async function* extractFiles<Outcome extends { ok: boolean } = ExtractOutcome>(
  files: readonly string[],
  extract: (file: string) => Outcome | Failure | Promise<Outcome | Failure>,
  parallel: number,
): AsyncGenerator<{ file: string; outcome: Outcome | Failure }> {
  const window: Array<{ file: string; outcome: Promise<Outcome | Failure> }> = [];
  let next = 0;
  while (next < files.length || window.length > 0) {
    while (window.length < Math.max(1, parallel) && next < files.length) {
      const file = files[next++]!;
      const outcome = Promise.resolve()
        .then(() => extract(file))
        .catch((error: unknown): Failure => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }));
      window.push({ file, outcome });
    }
    const head = window.shift()!;
    yield { file: head.file, outcome: await head.outcome };
  }
}

/** Loads files into the graph: `ingestStream` over their extractions. */
export async function ingestSpeeches(db: Database, files: string[], opts: IngestOptions): Promise<IngestSummary> {
  return ingestStream(db, extractFiles<ExtractOutcome | IngestWriteOutcome>(files, opts.extract, opts.extractConcurrency ?? 1), files.length, opts);
}

/**
 * Loads extracted inputs into the graph, several speeches per write transaction (batches sized by
 * rows; each speech still all-or-nothing and idempotent, a failing one retried alone by
 * writeSpeeches). Extraction of the next inputs runs while earlier batches are written (a bounded
 * queue feeds `concurrency` writers), so memory stays flat however many inputs there are. A bad
 * input is reported and skipped; an unreachable database stops the run (throws DatabaseUnavailableError).
 */
export async function ingestStream(db: Database, inputs: AsyncIterable<ExtractedInput>, total: number | null, opts: Omit<IngestOptions, 'extract'>): Promise<IngestSummary> {
  const started = performance.now();
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const batchRows = Math.max(1, opts.batchRows ?? DEFAULT_BATCH_ROWS);
  const summary: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, mentions: 0, cooccurs: null, bytes: 0, batches: 0, seconds: 0, failures: [] };
  let done = 0;
  const report = (event: Omit<IngestEvent, 'done' | 'total'>): void => {
    done++;
    if (event.status === 'failed') {
      summary.failed++;
      summary.failures.push({ file: event.file, reason: event.reason ?? 'unknown error' });
    } else {
      summary[event.status]++;
      summary.mentions += event.mentions;
    }
    opts.onEvent?.({ ...event, done, total });
  };

  // Bounded hand-off between extraction (producer) and the writers (consumers), measured in rows.
  const queue: Array<{ file: string; write: SpeechParams; size: number }> = [];
  let queuedRows = 0;
  const capacity = batchRows * (concurrency + 1);
  let producing = true;
  let fatal: unknown = null;
  const waiters: Array<() => void> = [];
  const wake = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  const wait = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const seen = new Set<string>();

  const accept = (file: string, input: Extract<IngestWriteOutcome, { ok: true }>): void => {
    const sha256 = 'stored' in input ? input.stored.sha256 : input.sha256;
    if (seen.has(sha256)) {
      // The same text twice in one run is one speech; writing it again would race with the first write.
      report({ file, status: 'unchanged', id: speechIdOf(sha256), mentions: 0 });
      return;
    }
    seen.add(sha256);
    if ('stored' in input) {
      // Stored under this file's name when the run began: what the write statement would report, without extracting or writing.
      summary.bytes += input.stored.bytes;
      report({ file, status: 'unchanged', id: input.stored.id, mentions: 0 });
      return;
    }
    summary.bytes += input.bytes;
    queue.push({ file, write: input.write, size: input.rows });
    queuedRows += input.rows;
    wake();
  };
  const shaped = (outcome: ExtractOutcome | IngestWriteOutcome): IngestWriteOutcome => {
    try {
      return ingestWriteOutcome(outcome);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };

  const producer = (async () => {
    try {
      for await (const input of inputs) {
        if (fatal !== null) break;
        const outcome = shaped(input.outcome);
        if (outcome.ok) accept(input.file, outcome);
        else report({ file: input.file, status: 'failed', mentions: 0, reason: outcome.reason });
        while (queuedRows >= capacity && fatal === null) await wait();
        // Let writers whose answers arrived run before the next (possibly synchronous) extraction.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      producing = false;
      wake();
    }
  })();

  const takeBatch = (): Array<{ file: string; write: SpeechParams; size: number }> => {
    const batch = [queue.shift()!];
    let rows = batch[0]!.size;
    while (queue.length > 0 && batch.length < MAX_BATCH_SPEECHES && rows + queue[0]!.size <= batchRows) {
      const item = queue.shift()!;
      rows += item.size;
      batch.push(item);
    }
    queuedRows -= rows;
    return batch;
  };

  let writing = 0; // batches being written right now
  const writer = async (): Promise<void> => {
    for (;;) {
      // A full batch, or whatever is queued once extraction has finished or the writers are idle.
      if (queue.length === 0 || (queuedRows < batchRows && producing && queue.length < MAX_BATCH_SPEECHES && fatal === null && writing > 0)) {
        if (queue.length === 0 && (!producing || fatal !== null)) return;
        await wait();
        continue;
      }
      if (fatal !== null) return;
      const batch = takeBatch();
      wake(); // room in the queue for the producer
      writing++;
      try {
        const outcomes = await writeSpeeches(db, batch.map((b) => b.write));
        summary.batches++;
        outcomes.forEach((o, i) => {
          const file = batch[i]!.file;
          if (o.status === 'failed') report({ file, status: 'failed', id: o.id, mentions: 0, reason: o.reason });
          else report({ file, status: o.status, id: o.id, mentions: o.mentions });
        });
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) fatal = error;
        else for (const b of batch) report({ file: b.file, status: 'failed', mentions: 0, reason: error instanceof Error ? error.message : String(error) });
      } finally {
        writing--;
        wake();
      }
    }
  };

  await Promise.all([producer, ...Array.from({ length: concurrency }, writer)]);
  if (fatal !== null) throw fatal;
  if (summary.new + summary.updated > 0) summary.cooccurs = await refreshDerivedData(db, { cooccurrence: opts.materialise ?? true });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
