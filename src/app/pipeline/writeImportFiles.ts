import { ImportCsvWriter, type ImportCsvResult } from '../../graph/bulk/importCsvWriter.js';
import type { ImportLinesOutcome } from './importLinesOutcome.js';

/** What turning the inputs into import files did. */
export interface ImportFilesResult extends ImportCsvResult {
  failures: Array<{ file: string; reason: string }>;
  /** The same text given twice (one speech, as with `tifa ingest`). */
  duplicates: number;
  /** Wall time of extraction with the speeches' rows written as they arrive. */
  extractSeconds: number;
  /** Of that, main-thread time spent writing rows (overlapped with extraction). */
  rowSeconds: number;
  /** Writing the shared entities, co-occurrence and marker at the end, and closing the files. */
  finishSeconds: number;
}

/**
 * Streams inputs, each already shaped into its import lines (importLinesOutcome: on the extraction
 * workers), into the import files in `dir`. A failed extraction or a speech the
 * files cannot hold is reported and left out; the same text twice is one speech; a second text
 * under a source already written is refused (an empty database has no older text for it to
 * replace, and the import cannot replace what it has written — `tifa ingest` it afterwards).
 */
export async function writeImportFiles(
  dir: string,
  inputs: AsyncIterable<{ file: string; outcome: ImportLinesOutcome }>,
  opts: { onProgress?(done: number): void },
): Promise<ImportFilesResult> {
  const writer = new ImportCsvWriter(dir);
  const failures: ImportFilesResult['failures'] = [];
  const seen = new Set<string>();
  const sources = new Map<string, string>();
  let duplicates = 0;
  let rowSeconds = 0;
  let done = 0;
  const started = performance.now();
  try {
    for await (const { file, outcome } of inputs) {
      opts.onProgress?.(++done);
      if (!outcome.ok) {
        failures.push({ file, reason: outcome.reason });
        continue;
      }
      const speech = outcome.lines;
      if (seen.has(speech.sha256)) {
        duplicates++;
        continue;
      }
      const earlier = sources.get(speech.source);
      if (earlier !== undefined) {
        failures.push({ file, reason: `another text under the source of ${earlier}; tifa import keeps the first (tifa ingest replaces it afterwards)` });
        continue;
      }
      const t = performance.now();
      await writer.addLines(speech);
      seen.add(speech.sha256);
      sources.set(speech.source, file);
      rowSeconds += (performance.now() - t) / 1000;
    }
  } catch (error) {
    await writer.close();
    throw error;
  }
  const extractSeconds = (performance.now() - started) / 1000;
  const t = performance.now();
  const result = await writer.finish();
  return { ...result, failures, duplicates, extractSeconds, rowSeconds, finishSeconds: (performance.now() - t) / 1000 };
}
