import { defineConfig } from 'vitest/config';

// Three projects. `npm test` runs two on the project's own files: unit tests beside the code (no
// database), and integration tests in test/ that share one real Neo4j resolved by
// test/globalSetup.ts. Integration files run one at a time because Neo4j Community has a single
// user database; each file starts from a clean graph. `npm run test:shared` runs the third: every
// `*.shared.test.ts`, which reads the real texts in ../shared beside the checkout (a clone does not
// have them); test/sharedFolder.ts stops it with one line when that folder is missing.
// graphql 16 has no "exports": Node loads index.js, Vite would pick index.mjs for our sources, and
// two graphql copies break Apollo ("Cannot use GraphQLNonNull from another module"). Use Node's.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };
const SHARED = '**/*.shared.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/support/**/*.test.ts', 'test/bench/**/*.test.ts', 'bin/**/*.test.mjs'],
          exclude: [SHARED, '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [SHARED, 'test/support/**', 'test/bench/**', '**/node_modules/**'],
          globalSetup: ['test/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve,
        test: {
          name: 'shared',
          include: [SHARED],
          exclude: ['**/node_modules/**'],
          globalSetup: ['test/sharedFolder.ts', 'test/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
