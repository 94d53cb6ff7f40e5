import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** A .cypher file the code needs is missing or empty: start-up must fail. */
export class CypherFileError extends Error {
  override name = 'CypherFileError';
}

/** Absolute path of `cypher/<name>.cypher`. */
export function cypherPath(name: string): string {
  return `${CYPHER_DIR}${name}.cypher`;
}

/** Reads `cypher/<name>.cypher` once and caches it; throws CypherFileError naming the path when missing or empty. */
export function loadCypher(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const path = cypherPath(name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CypherFileError(`missing Cypher file ${path}: ${(error as Error).message}`);
  }
  // Full-line comments (the header) stay in the file: the driver sends a statement's text with
  // every call, and a 1–2 KB header costs more to pack and send than a small indexed read takes to run.
  const statement = withoutCommentLines(text);
  if (statement === '') throw new CypherFileError(`empty Cypher file ${path}`);
  cache.set(name, statement);
  return statement;
}

/** Loads a named set of Cypher files at start-up (fails fast on the first missing one). */
export function loadCypherSet<K extends string>(names: Record<K, string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) out[key] = loadCypher(names[key]);
  return out;
}

const withoutCommentLines = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();

/** Splits a file of several statements on `;` at line ends (header comments dropped) for schema scripts. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map(withoutCommentLines)
    .filter((s) => s.length > 0);
}
