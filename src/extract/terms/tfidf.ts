import type { IdfTable } from '../segment.js';

/** Count and TF-IDF weight of one word in a token sequence. */
export interface TfIdf {
  count: number;
  weight: number;
}

/** TF-IDF of every distinct word in `words`: (count / tokens) × idf, unknown words at the median idf. */
export function tfidf(words: readonly string[], table: IdfTable): Map<string, TfIdf> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const result = new Map<string, TfIdf>();
  const total = words.length;
  for (const [w, count] of counts) {
    const idf = table.idf.get(w) ?? table.median;
    result.set(w, { count, weight: (count / total) * idf });
  }
  return result;
}
