import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.js';
import type { DatabaseConnection } from '../../src/graph/database.js';
import { freePort } from '../../src/neo4j/freePort.js';
import { installNeo4j } from '../../src/neo4j/installNeo4j.js';
import { localConnection, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import { testSwitches } from './testSwitches.js';

/** A throwaway database for a test run or a benchmark; `stop()` ends and deletes what was started. */
export interface TestNeo4jHandle extends DatabaseConnection {
  source: 'env' | 'docker' | 'local';
  description: string;
  stop(): Promise<void>;
}

const DOCKER_IMAGE = 'neo4j:5.26-community';

async function tryDocker(log: (line: string) => void): Promise<TestNeo4jHandle | null> {
  let mod: typeof import('@testcontainers/neo4j');
  try {
    mod = await import('@testcontainers/neo4j');
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return null; // no engine answers: the usual case on machines without Docker
  }
  log(`Docker answers: starting ${DOCKER_IMAGE} with testcontainers…`);
  const password = `tifa-${Math.random().toString(36).slice(2, 12)}`;
  const container = await new mod.Neo4jContainer(DOCKER_IMAGE).withPassword(password).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    source: 'docker',
    description: `Docker container ${DOCKER_IMAGE}`,
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * Finds a database for tests, in this order: NEO4J_URI if set; a Docker engine through
 * testcontainers if one answers (unless TIFA_DOCKER=off); else a throwaway local instance from the
 * Maven jars in a temporary home on a free port, stopped and deleted by `stop()`. Only tests and
 * benchmarks use this; the product's commands use src/app/resolveDatabase.ts.
 */
export async function startTestNeo4j(config: Config, log: (line: string) => void = () => {}): Promise<TestNeo4jHandle> {
  const { neo4j } = config;
  if (neo4j.uri !== null) {
    return { ...neo4j, uri: neo4j.uri, source: 'env', description: `NEO4J_URI ${neo4j.uri}`, stop: async () => {} };
  }
  if (testSwitches().docker) {
    const docker = await tryDocker(log);
    if (docker) return docker;
  }
  return startThrowawayNeo4j(config, { log });
}

/**
 * A throwaway local instance from the Maven jars in a temporary home on free ports; `httpPort`
 * (absent = HTTP off) serves Neo4j Browser as `tifa neo4j start` does. `stop()` ends and deletes it.
 */
export async function startThrowawayNeo4j(
  config: Config,
  opts: { httpPort?: number; log?: (line: string) => void } = {},
): Promise<TestNeo4jHandle> {
  const { neo4j, local } = config;
  const log = opts.log ?? (() => {});
  const lib = await installNeo4j(local.cacheDir, local.version, log);
  const home = mkdtempSync(join(tmpdir(), 'tifa-neo4j-'));
  try {
    const instance = await startLocalNeo4j({ lib, home, boltPort: await freePort(), httpPort: opts.httpPort, heap: local.heap, pageCache: local.pageCache, transactionMemory: local.transactionMemory, timeoutMs: local.startTimeoutMs, log });
    return {
      ...localConnection(instance, neo4j.database),
      source: 'local',
      description: `throwaway local Neo4j ${local.version} (pid ${instance.pid}, home ${home})`,
      stop: async () => {
        await stopLocalNeo4j(home);
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
