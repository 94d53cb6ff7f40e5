// One extraction worker thread (see extractPool.ts): reads, decodes and extracts the files it is
// sent, one at a time, and posts each outcome back. Pure CPU work off the main thread, which only
// writes to Neo4j. The speech is also shaped here into what the main thread sends on: for `tifa
// ingest` (workerData.ingestWrites) the write statement's parameter and the co-occurrence units,
// for `tifa import` (workerData.importLinesAt set) the speech's lines of the import files.
import { parentPort, workerData } from 'node:worker_threads';
import type { StoredSpeechRef } from '../../graph/read/speechIdsBySource.js';
import { extractFile } from '../../extract/extractFile.js';
import { importLinesOutcome } from './importLinesOutcome.js';
import { ingestWriteOutcome, storedUnder } from './ingestWriteOutcome.js';
import { extractForIngest, type ExtractOutcome, type MetadataSourcing } from './speechFiles.js';

const { maxFileBytes, importLinesAt, ingestWrites, texts } = workerData as { maxFileBytes: number; importLinesAt?: string; ingestWrites?: boolean; texts?: boolean };

// For `tifa ingest` a job may carry the id stored under the file's name: the same text is reported
// stored after decoding, without extraction (the costly part of a re-ingest of unchanged files).
type Job = { id: number; file: string; stored?: StoredSpeechRef; metadata?: MetadataSourcing; text?: string; name?: string };
const outcomeOf = async (job: Job) =>
  texts === true
    ? extractFile(Buffer.from(job.text!, 'utf8'), job.name!, maxFileBytes)
    : importLinesAt !== undefined
    ? importLinesOutcome(await extractForIngest(job.file, maxFileBytes, undefined, job.metadata), importLinesAt)
    : ingestWrites === true
      ? ingestWriteOutcome(await extractForIngest(job.file, maxFileBytes, storedUnder(job.stored), job.metadata))
      : extractForIngest(job.file, maxFileBytes, undefined, job.metadata);

parentPort!.on('message', (job: Job) => {
  void outcomeOf(job)
    .catch((error: unknown): ExtractOutcome => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
    .then((outcome) => parentPort!.postMessage({ id: job.id, outcome }));
});
