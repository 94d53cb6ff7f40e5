#!/usr/bin/env node
// Compiles src/ into dist/ with tsc and copies the data files the code reads beside itself
// (lexicons, playground queries), so `tifa` runs plain JavaScript and no TypeScript compiler runs
// at start. dist/ mirrors src/ at the same depth, so paths like new URL('../../cypher/', import.meta.url)
// reach the same files from both. Plain Node: it runs before anything else is loaded.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const STAMP = '.build-stamp.json';
/** Besides src/, what changes the output. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json'];

const isTest = (name) => /\.test\.ts$/.test(name);

/** Every file of src/ that goes into dist/ (tests and test fixtures stay out). */
function sourceFiles(dir = SRC, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') sourceFiles(path, out);
    } else if (!isTest(entry.name)) out.push(path);
  }
  return out;
}

/** What the sources look like now: how many, and the newest change; a deleted file changes the count. */
function fingerprint() {
  const files = sourceFiles();
  let newest = 0;
  for (const f of [...files, ...INPUTS.map((i) => join(ROOT, i))]) newest = Math.max(newest, statSync(f).mtimeMs);
  return { files: files.length, newest };
}

/** True when dist/ is missing or older than a source (or a source was added or removed). */
export function needsBuild() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(DIST, STAMP), 'utf8'));
  } catch {
    return true;
  }
  const now = fingerprint();
  return stamp.files !== now.files || stamp.newest !== now.newest;
}

/** Compiles into a staging folder and swaps it in, so a reader never sees half a dist/. */
export function build(log = (line) => process.stderr.write(`${line}\n`)) {
  const before = fingerprint();
  const staging = `${DIST}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) throw new Error('cannot build dist/: typescript is not installed (run npm install)');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', staging], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`tsc could not compile src/ (exit ${result.status}): see the messages above`);
  }
  let assets = 0;
  for (const file of sourceFiles()) {
    if (file.endsWith('.ts')) continue;
    const target = join(staging, relative(SRC, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    assets++;
  }
  // A derived data file: jieba's IDF dictionary as a sorted index (see src/extract/segment/idfIndex.ts).
  const idf = spawnSync(process.execPath, [join(ROOT, 'tools', 'compile-idf.mjs'), staging], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (idf.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`tools/compile-idf.mjs could not compile jieba's IDF dictionary (exit ${idf.status}): see the messages above`);
  }
  writeFileSync(join(staging, STAMP), JSON.stringify(before));
  rmSync(DIST, { recursive: true, force: true });
  renameSync(staging, DIST);
  log(`built dist/ from ${before.files} source files (${assets} data files copied)`);
}

/** Builds dist/ when it is missing or stale; returns whether it did. */
export function ensureBuilt(log) {
  if (!needsBuild()) return false;
  build(log);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const force = process.argv.includes('--force');
    if (force) build();
    else if (!ensureBuilt()) console.error('dist/ is up to date');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
