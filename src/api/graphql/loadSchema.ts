import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the schema-first SDL at the top of the repository. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

/** Reads schema.graphql; throws an error naming the file when it is missing or empty (start-up fails). */
export function loadSchema(path = SCHEMA_PATH): string {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the GraphQL schema ${path}: ${(error as Error).message}`);
  }
  if (sdl.trim() === '') throw new Error(`the GraphQL schema ${path} is empty`);
  return sdl;
}
