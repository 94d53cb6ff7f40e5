import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { startTestNeo4j } from './support/testNeo4j.js';

/** The database every integration test file connects to. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  source: 'env' | 'docker' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Resolves one real Neo4j for the integration run (NEO4J_URI, else Docker, else a throwaway local
 * instance from the Maven jars) and stops what it started afterwards. No database means a failed
 * run with the reason, never skipped tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const started = Date.now();
  const resolved = await startTestNeo4j(config, (line) => console.log(`[neo4j] ${line}`)).catch(
    (error: unknown) => {
      throw new Error(`integration tests need Neo4j and none could be had: ${(error as Error).message}`);
    },
  );
  console.log(`[neo4j] using ${resolved.description}: ${resolved.uri} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4j', {
    uri: resolved.uri,
    user: resolved.user,
    password: resolved.password,
    database: resolved.database,
    source: resolved.source,
  });
  return async () => {
    await resolved.stop();
  };
}
