import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { speechSpecs } from './syntheticCorpus.js';
import { renderSpeech } from './syntheticSpeech.js';

/**
 * Writes the synthetic corpus of (n, seed) as files into a folder under the system temp dir
 * (reused: a file already there is not written again), one speech at a time, for loaders that read
 * folders (`tifa import`). Returns the folder.
 */
export function syntheticCorpusFiles(n: number, seed = 1): string {
  const dir = join(tmpdir(), `tifa-bench-synthetic-${n}-${seed}`);
  mkdirSync(dir, { recursive: true });
  let i = 0;
  for (const spec of speechSpecs(n, seed)) {
    const file = join(dir, `${String(i++).padStart(6, '0')}.txt`);
    if (!existsSync(file)) writeFileSync(file, renderSpeech(spec));
  }
  return dir;
}
