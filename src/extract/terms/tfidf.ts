/** Counts and TF-IDF weights per vocabulary id, indexed like the vocabulary. */
export interface TfIdf {
  counts: Int32Array;
  weights: Float64Array;
}

/** TF-IDF of each id in `ids`: (count / tokens) × idf[id]; ids that do not occur weigh 0. */
export function tfidf(ids: Int32Array, idf: Float64Array): TfIdf {
  const counts = new Int32Array(idf.length);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  const weights = new Float64Array(idf.length);
  const total = ids.length;
  if (total > 0) for (let v = 0; v < idf.length; v++) weights[v] = (counts[v]! / total) * idf[v]!;
  return { counts, weights };
}
