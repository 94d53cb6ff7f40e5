import type { ExtractedSpeech } from '../extract/types.js';
import type { Database } from '../graph/database.js';
import { DatabaseUnavailableError } from '../graph/databaseErrors.js';
import { refreshDerivedData } from '../graph/refreshDerivedData.js';
import { writeSpeech, type WriteOutcome } from '../graph/writeSpeech.js';
import type { ExtractOutcome } from './speechFiles.js';

/** What happened to one input. */
export interface IngestEvent {
  file: string;
  status: WriteOutcome['status'] | 'failed';
  id?: string;
  mentions: number;
  reason?: string;
  /** Inputs finished so far (this one included) and in total. */
  done: number;
  total: number;
}

/** The totals of one ingest run. */
export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** MENTIONS relationships written. */
  mentions: number;
  /** CO_OCCURS relationships materialised at the end (null when nothing changed). */
  cooccurs: number | null;
  /** Bytes of text (UTF-8) extracted. */
  bytes: number;
  seconds: number;
  failures: Array<{ file: string; reason: string }>;
}

/** Options of an ingest run. */
export interface IngestOptions {
  /** Extracts one input (reads the file, decodes, runs the extractor); may be sync or async. */
  extract(file: string): ExtractOutcome | Promise<ExtractOutcome>;
  /** Speeches written at the same time (separate transactions); ≥ 1. */
  concurrency: number;
  /** Called after each input, in completion order. */
  onEvent?(event: IngestEvent): void;
  /** Rewrite CO_OCCURS after the run when anything changed (default true). */
  materialise?: boolean;
}

/**
 * Loads inputs into the graph, one write transaction per speech. Extraction of the next inputs runs
 * while earlier speeches are being written (a bounded queue feeds `concurrency` writers). A bad input
 * is reported and skipped; an unreachable database stops the run (throws DatabaseUnavailableError).
 */
export async function ingestSpeeches(db: Database, files: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const summary: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, mentions: 0, cooccurs: null, bytes: 0, seconds: 0, failures: [] };
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
    opts.onEvent?.({ ...event, done, total: files.length });
  };

  // Bounded hand-off between the extractor (producer) and the writers (consumers).
  const queue: Array<{ file: string; speech: ExtractedSpeech }> = [];
  const capacity = concurrency * 2;
  let producing = true;
  let fatal: unknown = null;
  const waiters: Array<() => void> = [];
  const wake = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  const wait = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const seen = new Set<string>();

  const producer = (async () => {
    try {
      for (const file of files) {
        if (fatal !== null) break;
        while (queue.length >= capacity && fatal === null) await wait();
        let outcome: ExtractOutcome;
        try {
          outcome = await opts.extract(file);
        } catch (error) {
          outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
        }
        if (!outcome.ok) {
          report({ file, status: 'failed', mentions: 0, reason: outcome.reason });
        } else if (seen.has(outcome.speech.sha256)) {
          // The same text twice in one run is one speech; writing it again would race with the first write.
          report({ file, status: 'unchanged', mentions: 0 });
        } else {
          seen.add(outcome.speech.sha256);
          summary.bytes += Buffer.byteLength(outcome.speech.text, 'utf8');
          queue.push({ file, speech: outcome.speech });
          wake();
        }
        // Let writers whose answers arrived run before the next (synchronous) extraction.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      producing = false;
      wake();
    }
  })();

  const writer = async (): Promise<void> => {
    for (;;) {
      const item = queue.shift();
      if (item === undefined) {
        if (!producing || fatal !== null) return;
        await wait();
        continue;
      }
      wake(); // room in the queue for the producer
      try {
        const outcome = await writeSpeech(db, item.speech);
        report({ file: item.file, status: outcome.status, id: outcome.id, mentions: outcome.mentions });
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) {
          fatal = error;
          wake();
          return;
        }
        report({ file: item.file, status: 'failed', mentions: 0, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  await Promise.all([producer, ...Array.from({ length: concurrency }, writer)]);
  if (fatal !== null) throw fatal;
  if (summary.new + summary.updated > 0) summary.cooccurs = await refreshDerivedData(db, { cooccurrence: opts.materialise ?? true });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
