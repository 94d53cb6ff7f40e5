import { createExtractPool, defaultWorkers, FILES_IN_FLIGHT_PER_WORKER } from './pipeline/extractPool.js';
import { extractFiles } from './pipeline/ingestSpeeches.js';
import { InputError } from './InputError.js';
import { extractForIngest, listSpeechFiles, SPEECH_EXTENSIONS } from './pipeline/speechFiles.js';
import { speechJsonLine } from './pipeline/speechJsonl.js';

/** What `extractToJsonl` did. */
export interface ExtractJsonlResult {
  written: number;
  failures: Array<{ file: string; reason: string }>;
  seconds: number;
}

/**
 * Extracts speech files and folders to JSONL (one extracted speech per line, in file order) on
 * worker threads, handing each line to `write` (which may wait, so output applies back-pressure).
 * Bad files and unreadable arguments are reported, not fatal; no speech file at all is an InputError.
 */
export async function extractToJsonl(
  paths: string[],
  write: (line: string) => void | Promise<void>,
  opts: { maxFileBytes: number; workers?: number },
): Promise<ExtractJsonlResult> {
  const started = performance.now();
  const { files, missing } = await listSpeechFiles(paths);
  if (files.length === 0 && missing.length === 0) throw new InputError(`no speech files (${[...SPEECH_EXTENSIONS].join(', ')}) under ${paths.join(', ')}`);
  const failures = [...missing];
  const workers = opts.workers ?? defaultWorkers();
  const pool = workers > 0 ? createExtractPool({ size: workers, maxFileBytes: opts.maxFileBytes }) : null;
  let written = 0;
  try {
    const extract = pool ? (file: string) => pool.extract(file) : (file: string) => extractForIngest(file, opts.maxFileBytes);
    for await (const { file, outcome } of extractFiles(files, extract, pool ? pool.size * FILES_IN_FLIGHT_PER_WORKER : 1)) {
      if (!outcome.ok) {
        failures.push({ file, reason: outcome.reason });
        continue;
      }
      await write(speechJsonLine(outcome.speech));
      written++;
    }
  } finally {
    await pool?.close();
  }
  return { written, failures, seconds: (performance.now() - started) / 1000 };
}
