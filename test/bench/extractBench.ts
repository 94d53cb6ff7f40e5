// Throughput benchmark (a script, not a test): the corpus repeated to about 20 MB, bare jieba
// segmentation (cut with HMM on) against full extraction (extractSpeech) over the same speech
// copies, measured side by side in one run. Target: full extraction ≥ 30% of segmentation speed.
// Run: npx tsx test/bench/extractBench.ts [targetMB]   (or npm run bench:extract)
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cut } from '../../src/extract/segment/segment.js';
import { extractSpeech } from '../../src/extract/extractSpeech.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const targetMB = Number(process.argv[2] ?? 20);
const ROUNDS = 3;

const originals = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
if (originals.length === 0) throw new Error(`${CORPUS.pathname}: no .txt speeches to benchmark`);

const copies: string[] = [];
let bytes = 0;
while (bytes < targetMB * 1024 * 1024) {
  const text = originals[copies.length % originals.length]!;
  copies.push(text);
  bytes += Buffer.byteLength(text, 'utf8');
}
const mb = bytes / (1024 * 1024);

/** Wall-clock and process CPU seconds of one run of `work`. */
interface Timing {
  wall: number;
  cpu: number;
}

function timed(work: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

function timeSegmentation(): Timing {
  return timed(() => {
    let tokens = 0;
    for (const text of copies) tokens += cut(text).length;
    if (tokens === 0) throw new Error('segmentation produced no tokens');
  });
}

let termsComputed = 0;
function timeExtraction(): Timing {
  return timed(() => {
    termsComputed = 0;
    for (let i = 0; i < copies.length; i++) {
      const r = extractSpeech({ text: copies[i]!, source: `copy-${i}` });
      if (r.terms.length > 0) termsComputed++;
    }
  });
}

// Warm up: dictionaries, lexicons and JIT, so neither side pays start-up costs in the timing.
for (const text of originals) {
  cut(text);
  extractSpeech({ text, source: 'warm-up' });
}

// Rounds alternate between the two sides so that load from other processes hits both alike.
const seg: Timing[] = [];
const full: Timing[] = [];
for (let round = 0; round < ROUNDS; round++) {
  seg.push(timeSegmentation());
  full.push(timeExtraction());
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (s: number): string => `${(mb / s).toFixed(2)} MB/s`;
// Per speech too: the ingest budget is stated per speech (ms each, speeches per second on one core).
const perSpeech = (wall: number, cpu: number): string =>
  `per speech: wall ${((wall * 1000) / copies.length).toFixed(2)} ms (${(copies.length / wall).toFixed(0)} speeches/s), cpu ${((cpu * 1000) / copies.length).toFixed(2)} ms`;
const segWall = median(seg.map((t) => t.wall));
const fullWall = median(full.map((t) => t.wall));
const segCpu = median(seg.map((t) => t.cpu));
const fullCpu = median(full.map((t) => t.cpu));
const ratio = segWall / fullWall;

console.log(`corpus: ${originals.length} speeches × ${copies.length} copies = ${mb.toFixed(1)} MB (${((bytes / copies.length) / 1024).toFixed(1)} KB/speech), median of ${ROUNDS} alternating rounds`);
console.log(`bare segmentation (cut, HMM on): wall ${segWall.toFixed(2)} s ${rate(segWall)}   cpu ${segCpu.toFixed(2)} s ${rate(segCpu)}   ${perSpeech(segWall, segCpu)}`);
console.log(`full extraction (extractSpeech): wall ${fullWall.toFixed(2)} s ${rate(fullWall)}   cpu ${fullCpu.toFixed(2)} s ${rate(fullCpu)}   ${perSpeech(fullWall, fullCpu)}`);
console.log(`ratio full/bare: wall ${(ratio * 100).toFixed(1)}%, cpu ${((segCpu / fullCpu) * 100).toFixed(1)}%  (target ≥ 30% on wall: ${ratio >= 0.3 ? 'met' : 'NOT met'})`);
if (termsComputed < copies.length) {
  console.log(`note: only ${termsComputed}/${copies.length} extractions returned terms — keyword extraction is not wired into extractSpeech, so the full figure leaves segmentation out`);
}
