import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../graph/database.js';
import { countSpeeches } from '../graph/read/countSpeeches.js';
import { ingestFiles } from './ingestFiles.js';

/** The sample speeches `tifa up` loads into an empty graph. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

/**
 * Gives a fresh machine something to look at: loads examples/corpus when the graph holds no
 * speech; a graph that holds speeches is never touched. Reports what it did through `log`.
 */
export async function loadExamplesIfEmpty(db: Database, opts: { maxFileBytes: number; log: (line: string) => void }): Promise<void> {
  const { log } = opts;
  const speeches = await countSpeeches(db);
  if (speeches > 0) {
    log(`graph holds ${speeches} speeches; not loading the examples`);
    return;
  }
  if (!existsSync(EXAMPLES_DIR)) {
    log(`graph is empty and ${EXAMPLES_DIR} is missing; serving an empty graph (load speeches with tifa ingest)`);
    return;
  }
  const { summary } = await ingestFiles(db, [EXAMPLES_DIR], { maxFileBytes: opts.maxFileBytes, concurrency: 2 });
  for (const f of summary.failures) log(`failed  ${f.file}: ${f.reason}`);
  log(`graph was empty: loaded ${summary.new} example speeches from ${EXAMPLES_DIR} in ${summary.seconds.toFixed(1)} s`);
}
