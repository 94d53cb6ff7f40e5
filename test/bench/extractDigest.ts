// Output guard for extraction speed work (a script, not a test): runs extractFile over every text of
// the shared corpus, the shared real texts, the extractor's fixtures and the first N files of a seed
// corpus, and writes one canonical JSON digest per text (keys sorted, so only values count) into an
// output folder. Run it before a change and after, then compare the two folders byte for byte
// (`diff -r`): a change that only makes extraction cheaper leaves every file identical.
// Run: npx tsx test/bench/extractDigest.ts OUT_DIR [SEED_DIR] [SEED_COUNT=200]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../../src/extract/extractFile.js';

const [outDir, seedDir, seedCount = '200'] = process.argv.slice(2);
if (!outDir) throw new Error('usage: extractDigest.ts OUT_DIR [SEED_DIR] [SEED_COUNT]');

const repo = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = /\.(txt|md|html?)$/i;

/** Every text file under `dir`, sorted by path (folders walked recursively). */
function textsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? textsUnder(join(dir, e.name)) : TEXT.test(e.name) ? [join(dir, e.name)] : []));
}

const sources: Array<{ label: string; path: string }> = [];
for (const root of [join(repo, '../shared/corpus'), join(repo, '../shared/real'), join(repo, 'src/extract/fixtures')]) {
  for (const path of textsUnder(root)) sources.push({ label: relative(join(repo, '..'), path), path });
}
if (seedDir) {
  const seeds = readdirSync(seedDir).filter((f) => TEXT.test(f)).sort().slice(0, Number(seedCount));
  for (const f of seeds) sources.push({ label: `seed/${f}`, path: join(seedDir, f) });
}

/** JSON with object keys sorted at every level: two equal extractions give equal bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Map || value instanceof Set) throw new Error('digest: Map/Set in the extraction is not JSON');
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

mkdirSync(outDir, { recursive: true });
for (const { label, path } of sources) {
  if (!statSync(path).isFile()) continue;
  const result = extractFile(readFileSync(path), label, 20 * 1024 * 1024);
  const name = label.replace(/[/\\]/g, '__') + '.json';
  writeFileSync(join(outDir, name), JSON.stringify(canonical(result), null, 1) + '\n');
}
console.log(`${sources.length} texts digested into ${outDir}`);
