import { readFileSync } from 'node:fs';

const STOPWORDS_URL = new URL('../lexicon/stopwords.txt', import.meta.url);
let cached: Set<string> | null = null;

/** Stop words from `src/extract/lexicon/stopwords.txt` (one per line, # comments), read once. */
export function stopwords(): Set<string> {
  if (cached) return cached;
  const words = readFileSync(STOPWORDS_URL, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  if (words.length === 0) throw new Error(`${STOPWORDS_URL.pathname}: no stop words`);
  cached = new Set(words);
  return cached;
}
