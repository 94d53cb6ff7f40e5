import type { StoredSpeechRef } from '../../graph/read/speechIdsBySource.js';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractFileResult } from '../../extract/extractFile.js';
import type { ImportLinesOutcome } from './importLinesOutcome.js';
import type { IngestWriteOutcome } from './ingestWriteOutcome.js';
import type { ExtractOutcome, MetadataSourcing } from './speechFiles.js';

/** Why a file gave no speech (the failure case of every outcome). */
type Failed = { ok: false; reason: string };

/** Extraction on worker threads: `extract` resolves with the outcome of one file. */
export interface ExtractPool<Outcome = ExtractOutcome> {
  readonly size: number;
  /**
   * `stored` (ingest pools only): the speech stored under this file's name; a file whose text has
   * its id, given the same metadata, comes back as stored, not extracted (see storedUnder). `metadata`: where
   * the file's given metadata comes from (its sidecar by default).
   */
  extract(file: string, stored?: StoredSpeechRef, metadata?: MetadataSourcing): Promise<Outcome | Failed>;
  close(): Promise<void>;
}

interface WorkerData {
  maxFileBytes: number;
  /** For `tifa import`: the workers also shape each speech's import lines, with this ingestedAt. */
  importLinesAt?: string;
  /** For `tifa ingest`: the workers also shape what the writer sends (see ingestWriteOutcome). */
  ingestWrites?: boolean;
  /** Jobs are texts in memory (`{ text, name }`), answered with extractFile's result. */
  texts?: boolean;
}

/** Fewer files than this are extracted on the calling thread. */
export const MIN_FILES_FOR_WORKERS = 4;

/**
 * Files in flight per worker when results are taken in input order (extractFiles): a slow file
 * holds the others back, and with two per worker the workers idled 13 % of an import behind it
 * (CPU profile of 3,000 files); with eight, 1–3 %.
 */
export const FILES_IN_FLIGHT_PER_WORKER = 8;

/** Workers by default: one per core — extraction is the CPU-bound step, writing mostly waits on Neo4j. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

// From the TypeScript sources (tsx), a worker must register tsx itself before loading the .ts entry;
// from compiled JavaScript it loads the .js entry directly.
function startWorker(workerData: WorkerData): Worker {
  const self = fileURLToPath(import.meta.url);
  const entry = new URL(`./extractWorker${self.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!self.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Starts `size` extraction workers. Jobs go to the worker with the fewest in flight; a worker that
 * dies fails its jobs with the reason (the run reports those files and goes on with the others).
 */
export function createExtractPool(opts: { size: number; maxFileBytes: number }): ExtractPool {
  return startPool<ExtractOutcome>(opts.size, { maxFileBytes: opts.maxFileBytes });
}

/** The same, for `tifa ingest`: each outcome is what the writer sends for the speech (see ingestWriteOutcome). */
export function createIngestPool(opts: { size: number; maxFileBytes: number }): ExtractPool<IngestWriteOutcome> {
  return startPool<IngestWriteOutcome>(opts.size, { maxFileBytes: opts.maxFileBytes, ingestWrites: true });
}

/** The same, for `tifa import`: each outcome is the speech's lines of the import files (see importLinesOutcome). */
export function createImportLinesPool(opts: { size: number; maxFileBytes: number; ingestedAt: string }): ExtractPool<ImportLinesOutcome> {
  return startPool<ImportLinesOutcome>(opts.size, { maxFileBytes: opts.maxFileBytes, importLinesAt: opts.ingestedAt });
}

/** Extraction of texts given in memory (the ingestSpeech mutation), off the main thread. */
export interface TextExtractPool {
  /** Decodes and extracts `text` as a file named `name` would be (size limit, HTML, …). */
  extractText(text: string, name: string): Promise<ExtractFileResult>;
  close(): Promise<void>;
}

/**
 * One worker for texts sent over the API: extracting a long text takes seconds of CPU, which on
 * the main thread would stall every other request (and /health) for as long.
 */
export function createTextExtractPool(opts: { size: number; maxFileBytes: number }): TextExtractPool {
  const pool = startPool<ExtractFileResult>(opts.size, { maxFileBytes: opts.maxFileBytes, texts: true });
  return {
    async extractText(text, name) {
      const outcome = await pool.send({ text, name });
      return 'reason' in outcome ? { ok: false, diagnostics: [{ severity: 'error', code: 'EXTRACTION_FAILED', message: outcome.reason }] } : outcome;
    },
    close: () => pool.close(),
  };
}

function startPool<Outcome>(requested: number, workerData: WorkerData): ExtractPool<Outcome> & { send(job: object): Promise<Outcome | Failed> } {
  const size = Math.max(1, Math.floor(requested));
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const pending = new Map<number, (outcome: Outcome | Failed) => void>();
    const worker = startWorker(workerData);
    worker.on('message', (msg: { id: number; outcome: Outcome }) => {
      pending.get(msg.id)?.(msg.outcome);
      pending.delete(msg.id);
    });
    const failAll = (reason: string): void => {
      for (const done of pending.values()) done({ ok: false, reason });
      pending.clear();
    };
    const slot = { worker, pending, alive: true };
    worker.on('error', (error) => failAll(`extraction worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      slot.alive = false;
      failAll(`extraction worker exited (code ${code})`);
    });
    return slot;
  });
  const send = (job: object): Promise<Outcome | Failed> => {
    const alive = workers.filter((w) => w.alive);
    if (alive.length === 0) return Promise.resolve({ ok: false, reason: 'no extraction worker is running' });
    const w = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise((resolve) => {
      w.pending.set(id, resolve);
      w.worker.postMessage({ id, ...job });
    });
  };
  return {
    size,
    send,
    extract: (file, stored, metadata) => send({ file, ...(stored === undefined ? {} : { stored }), ...(metadata === undefined ? {} : { metadata }) }),
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
