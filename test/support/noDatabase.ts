import type { Database } from '../../src/graph/database.js';

/** A Database for tests whose requests must never reach one: any use throws, naming the method. */
export const noDatabase = new Proxy({} as Database, {
  get: (_target, name) => () => {
    throw new Error(`the database was used (${String(name)})`);
  },
});
