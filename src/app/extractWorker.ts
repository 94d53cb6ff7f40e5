// One extraction worker thread (see extractPool.ts): reads, decodes and extracts the files it is
// sent, one at a time, and posts each outcome back. Pure CPU work off the main thread, which only
// writes to Neo4j.
import { parentPort, workerData } from 'node:worker_threads';
import { extractForIngest, type ExtractOutcome } from './speechFiles.js';

const { maxFileBytes } = workerData as { maxFileBytes: number };

parentPort!.on('message', (job: { id: number; file: string }) => {
  void extractForIngest(job.file, maxFileBytes)
    .catch((error: unknown): ExtractOutcome => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
    .then((outcome) => parentPort!.postMessage({ id: job.id, outcome }));
});
