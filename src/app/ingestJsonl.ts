import { access } from 'node:fs/promises';
import type { Database } from '../graph/database.js';
import { ingestStream, type IngestEvent, type IngestSummary } from './pipeline/ingestSpeeches.js';
import { InputError } from './InputError.js';
import { readSpeechJsonl } from './pipeline/speechJsonl.js';

/**
 * Loads JSONL files of extracted speeches (`tifa extract --jsonl`) into the graph: no extraction
 * here, only writing, so the files can come from any number of machines. Lines are read as a
 * stream (memory flat in the file size); each record is checked against its schema
 * (speechRecordSchema.ts), and a bad line is reported as `file:line` with the field at fault, and skipped.
 */
export async function ingestJsonl(
  db: Database,
  files: string[],
  opts: { concurrency: number; batchRows?: number; onEvent?(event: IngestEvent): void; /** Largest text a record may carry (the file limit). */ maxTextBytes?: number },
): Promise<IngestSummary> {
  for (const file of files) {
    await access(file).catch(() => {
      throw new InputError(`${file}: cannot read the JSONL file`);
    });
  }
  return ingestStream(db, readSpeechJsonl(files, opts.maxTextBytes), null, opts);
}
