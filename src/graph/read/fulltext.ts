/** The full-text index (cjk analyzer) created by cypher/schema.cypher over speech titles, section headings, slogan and term names. */
export const FULLTEXT_INDEX = 'tifa_text';

/** Turns user text into a Lucene query that matches it literally (every special character escaped); null when nothing is left. */
export function luceneQuery(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  // Lucene's reserved characters; `&&` and `||` are covered by escaping & and |.
  // Upper-case AND/OR/NOT are operators to Lucene; the analyzer lower-cases terms anyway.
  return trimmed.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}
