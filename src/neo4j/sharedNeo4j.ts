import type { LocalNeo4jConfig } from '../config.js';
import { installNeo4j } from './installNeo4j.js';
import { localNeo4jStatus, sharedInstanceHome, startLocalNeo4j, stopLocalNeo4j, type LocalInstance } from './localNeo4j.js';

/**
 * The project's long-lived local instance (`<TIFA_NEO4J_HOME>/instance` on TIFA_NEO4J_PORT):
 * installs the jars if needed and starts it unless it already runs. It is left running, so every
 * command after this one sees the same data; `tifa neo4j stop` ends it.
 */
export async function startSharedNeo4j(local: LocalNeo4jConfig, log: (line: string) => void = () => {}): Promise<LocalInstance> {
  const lib = await installNeo4j(local.cacheDir, local.version, log);
  return startLocalNeo4j({
    lib,
    home: sharedInstanceHome(local.cacheDir),
    boltPort: local.boltPort,
    httpPort: local.httpPort,
    heap: local.heap,
    pageCache: local.pageCache,
    transactionMemory: local.transactionMemory,
    timeoutMs: local.startTimeoutMs,
    log,
  });
}

/** Whether the shared instance runs, with its pid and Bolt URI. */
export const sharedNeo4jStatus = (local: LocalNeo4jConfig) => localNeo4jStatus(sharedInstanceHome(local.cacheDir));

/** Stops the shared instance (SIGTERM, then waits for the process to exit). */
export const stopSharedNeo4j = (local: LocalNeo4jConfig) => stopLocalNeo4j(sharedInstanceHome(local.cacheDir));

