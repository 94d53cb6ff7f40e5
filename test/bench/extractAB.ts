// Extraction CPU per speech of two builds side by side (a script, not a test): a baseline dist/
// (copied from an earlier commit's build) against this checkout's dist/ (built first), in one
// process over the same files, rounds alternating so that load from other processes hits both
// alike. Prints CPU ms per speech and the ratio current/baseline per round (their median counts).
// Run: npx tsx test/bench/extractAB.ts BASE_DIST FILES_DIR [count=150] [rounds=12]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [baseDist, filesDir, countArg = '150', roundsArg = '12'] = process.argv.slice(2);
if (!baseDist || !filesDir) throw new Error('usage: extractAB.ts BASE_DIST FILES_DIR [count] [rounds]');
// dist/ is rebuilt first when a source is newer (the build tool is plain JavaScript, loaded by URL).
const buildTool = new URL('../../tools/build.mjs', import.meta.url).href;
const { ensureBuilt } = (await import(buildTool)) as { ensureBuilt: (log: (line: string) => void) => void };
ensureBuilt((line) => console.error(line));

type ExtractFile = (bytes: Uint8Array, name: string, maxBytes: number) => unknown;
const load = async (dist: string): Promise<ExtractFile> =>
  ((await import(pathToFileURL(join(resolve(dist), 'extract/extractFile.js')).href)) as { extractFile: ExtractFile }).extractFile;
const base = await load(baseDist);
const current = await load(new URL('../../dist', import.meta.url).pathname);

const files = readdirSync(filesDir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort()
  .slice(0, Number(countArg))
  .map((f) => readFileSync(join(filesDir, f)));
if (files.length === 0) throw new Error(`${filesDir}: no speech files`);
const MAX_BYTES = 20 * 1024 * 1024;

// Warm-up: dictionaries, lexicons and both builds' JIT.
for (let r = 0; r < 2; r++) for (const b of files) (base(b, 'warm-up', MAX_BYTES), current(b, 'warm-up', MAX_BYTES));

/** CPU ms per speech of one pass of `extract` over the files. */
function cpuPerSpeech(extract: ExtractFile): number {
  const c0 = process.cpuUsage();
  for (const b of files) extract(b, 'speech', MAX_BYTES);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / files.length;
}

const baseMs: number[] = [];
const currentMs: number[] = [];
for (let round = 0; round < Number(roundsArg); round++) {
  // Which build goes first alternates too.
  if (round % 2 === 0) {
    currentMs.push(cpuPerSpeech(current));
    baseMs.push(cpuPerSpeech(base));
  } else {
    baseMs.push(cpuPerSpeech(base));
    currentMs.push(cpuPerSpeech(current));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ratios = currentMs.map((c, i) => c / baseMs[i]!);
console.log(`${files.length} files × ${roundsArg} alternating rounds`);
console.log(`baseline: CPU per speech median ${median(baseMs).toFixed(2)} ms (min ${Math.min(...baseMs).toFixed(2)})`);
console.log(`current:  CPU per speech median ${median(currentMs).toFixed(2)} ms (min ${Math.min(...currentMs).toFixed(2)})`);
console.log(`ratio current/baseline per round: median ${median(ratios).toFixed(3)}  [${ratios.map((r) => r.toFixed(2)).join(' ')}]`);
