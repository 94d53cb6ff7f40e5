// Rebuild step 2 (batched by the caller, after writeSloganSpeechCounts.cypher for every slogan):
// for each slogan a of the batch, replaces its outgoing CO_OCCURS with one per slogan b > a (by
// name; read undirected) used together with it in at least $minSupport speeches, carrying
// speeches = support and the scores jaccard, pmi, npmi, lift — the same expressions on the same
// numbers as sloganCooccurrence.cypher, so the fast path returns bit-identical scores. Per slogan, so a batch holds the
// pairs of a few slogans rather than of the whole graph (one statement ran out of transaction
// memory at 10,000 speeches).
// Parameters: $names (list of slogan names), $minSupport (integer ≥ 1), $total (integer: speeches
//   in the graph, from cooccursFingerprint.cypher). Returns: written (count).
UNWIND $names AS name
MATCH (a:Slogan {name: name})
CALL (a) {
  OPTIONAL MATCH (a)-[old:CO_OCCURS]->(:Slogan)
  DELETE old
}
CALL (a) {
  MATCH (a)<-[:MENTIONS]-(sp:Speech)-[:MENTIONS]->(b:Slogan)
  WHERE a.name < b.name
  WITH b, count(sp) AS support
  WHERE support >= $minSupport
  WITH b, support, toFloat(support) AS s, toFloat($total) AS n, toFloat(a.speechCount) AS na, toFloat(b.speechCount) AS nb
  CREATE (a)-[r:CO_OCCURS]->(b)
  SET r.speeches = support,
      r.jaccard = s / (na + nb - s),
      r.lift = s * n / (na * nb),
      r.pmi = log(s * n / (na * nb)) / log(2.0),
      r.npmi = CASE WHEN s = n OR (na = s AND nb = s) THEN 1.0 ELSE log(s * n / (na * nb)) / -log(s / n) END
  RETURN count(r) AS written
}
RETURN sum(written) AS written
