// Throughput benchmark (a script, not a test): the corpus repeated to about 20 MB, bare jieba
// segmentation (cut with HMM on) against full extraction (extractSpeech) over the same speech
// copies, measured side by side in one run. Target: full extraction ≥ 30% of segmentation speed.
// Run: npx tsx test/bench/extractBench.ts [targetMB]   (or npm run bench:extract)
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cut } from '../../src/extract/segment.js';
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

function timeSegmentation(): number {
  const t0 = performance.now();
  let tokens = 0;
  for (const text of copies) tokens += cut(text).length;
  if (tokens === 0) throw new Error('segmentation produced no tokens');
  return (performance.now() - t0) / 1000;
}

let termsComputed = 0;
function timeExtraction(): number {
  const t0 = performance.now();
  termsComputed = 0;
  for (let i = 0; i < copies.length; i++) {
    const r = extractSpeech({ text: copies[i]!, source: `copy-${i}` });
    if (r.terms.length > 0) termsComputed++;
  }
  return (performance.now() - t0) / 1000;
}

// Warm up: dictionaries, lexicons and JIT, so neither side pays start-up costs in the timing.
for (const text of originals) {
  cut(text);
  extractSpeech({ text, source: 'warm-up' });
}

const seg: number[] = [];
const full: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  seg.push(timeSegmentation());
  full.push(timeExtraction());
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const segS = median(seg);
const fullS = median(full);
const ratio = segS / fullS;

console.log(`corpus: ${originals.length} speeches × ${copies.length} copies = ${mb.toFixed(1)} MB, median of ${ROUNDS} rounds`);
console.log(`bare segmentation (cut, HMM on): ${segS.toFixed(2)} s  ${(mb / segS).toFixed(2)} MB/s`);
console.log(`full extraction (extractSpeech): ${fullS.toFixed(2)} s  ${(mb / fullS).toFixed(2)} MB/s`);
console.log(`ratio full/bare: ${(ratio * 100).toFixed(1)}%  (target ≥ 30%: ${ratio >= 0.3 ? 'met' : 'NOT met'})`);
if (termsComputed < copies.length) {
  console.log(`note: only ${termsComputed}/${copies.length} extractions returned terms — keyword extraction is not wired into extractSpeech, so the full figure leaves segmentation out`);
}
