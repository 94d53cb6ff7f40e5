import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus, the five seed speeches (12–20 KB each). */
export const SEED_DIR = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus');

/**
 * Writes n real-size speech files — the seed speeches in turn, each made a distinct text by a
 * numbered closing line — into a folder under the system temp dir (reused when complete), and
 * returns the folder and the file paths. This is the corpus of the ingest benchmark
 * (10,000 files of ~15.6 KB, 155 MB). `first` numbers the files from there on: another set of
 * distinct speeches (the soak's writer ingests and removes one beside a loaded graph).
 */
export function seedCorpusFiles(n: number, first = 0): { dir: string; files: string[]; bytes: number } {
  const seeds = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed speeches in ${SEED_DIR}`);
  const dir = join(tmpdir(), first === 0 ? `tifa-bench-seed-${n}` : `tifa-bench-seed-${first}-${n}`);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = first; i < first + n; i++) {
    const file = join(dir, `${String(i).padStart(6, '0')}.txt`);
    const text = `${seeds[i % seeds.length]!.trimEnd()}\n\n（本文为第${i + 1}份材料。）\n`;
    if (!existsSync(file)) writeFileSync(file, text);
    bytes += Buffer.byteLength(text, 'utf8');
    files.push(file);
  }
  return { dir, files, bytes };
}
