// One extraction worker thread (see extractPool.ts): reads, decodes and extracts the files it is
// sent, one at a time, and posts each outcome back. Pure CPU work off the main thread, which only
// writes to Neo4j — or, for `tifa import` (workerData.importLinesAt set), also shapes the speech's
// lines of the import files here, so the main thread only appends them.
import { parentPort, workerData } from 'node:worker_threads';
import { importLinesOutcome } from './importLinesOutcome.js';
import { extractForIngest, type ExtractOutcome } from './speechFiles.js';

const { maxFileBytes, importLinesAt } = workerData as { maxFileBytes: number; importLinesAt?: string };

parentPort!.on('message', (job: { id: number; file: string }) => {
  void extractForIngest(job.file, maxFileBytes)
    .then((outcome) => (importLinesAt === undefined ? outcome : importLinesOutcome(outcome, importLinesAt)))
    .catch((error: unknown): ExtractOutcome => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
    .then((outcome) => parentPort!.postMessage({ id: job.id, outcome }));
});
