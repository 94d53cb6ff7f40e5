// Rebuild step 2 (batched by the caller): for each slogan a of the batch, replaces its outgoing
// CO_OCCURS with one per pair row (b > a by name; read undirected; the caller keeps pairs with
// support ≥ the threshold), carrying speeches = support and the scores jaccard, pmi, npmi, lift —
// the same expressions on the same numbers as sloganCooccurrence.cypher, so the fast path returns
// bit-identical scores. Batched per slogan so a transaction holds the pairs of a few slogans, not of
// the whole graph (one statement ran out of transaction memory at 10,000 speeches).
// Parameters: $rows (list of {name, speechCount, pairs: list of {b, support, nb}}), $total (integer:
//   speeches in the graph, from cooccursFingerprint.cypher). Returns: written (count).
UNWIND $rows AS row
MATCH (a:Slogan {name: row.name})
CALL (a) {
  OPTIONAL MATCH (a)-[old:CO_OCCURS]->(:Slogan)
  DELETE old
}
CALL (a, row) {
  UNWIND row.pairs AS p
  MATCH (b:Slogan {name: p.b})
  WITH b, p.support AS support, toFloat(p.support) AS s, toFloat($total) AS n, toFloat(row.speechCount) AS na, toFloat(p.nb) AS nb
  MERGE (a)-[r:CO_OCCURS]->(b)
  SET r.speeches = support,
      r.jaccard = s / (na + nb - s),
      r.lift = s * n / (na * nb),
      r.pmi = log(s * n / (na * nb)) / log(2.0),
      r.npmi = CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
  RETURN count(r) AS written
}
RETURN sum(written) AS written
