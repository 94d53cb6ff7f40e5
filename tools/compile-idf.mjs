#!/usr/bin/env node
// Compiles jieba's IDF dictionary into the sorted index that src/extract/segment/idfIndex.ts reads
// (so `tifa extract` does not build a 350,000-entry Map at every start). Run by tools/build.mjs on
// the freshly compiled output folder: node tools/compile-idf.mjs <dist folder>.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodejieba from 'nodejieba';

const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/compile-idf.mjs <dist folder>');
  process.exit(2);
}
const { compileIdf } = await import(pathToFileURL(join(out, 'extract', 'segment', 'idfIndex.js')).href);
writeFileSync(join(out, 'extract', 'lexicon', 'jieba-idf.index.txt'), compileIdf(readFileSync(nodejieba.DEFAULT_IDF_DICT)));
