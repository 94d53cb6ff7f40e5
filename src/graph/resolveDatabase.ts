import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { DatabaseConnection } from './database.js';
import { freePort } from './neo4j/freePort.js';
import { installNeo4j } from './neo4j/installNeo4j.js';
import { sharedInstanceHome, startLocalNeo4j, stopLocalNeo4j } from './neo4j/localNeo4j.js';

/** A database connection and how it was obtained; `stop()` releases what the resolver started. */
export interface ResolvedDatabase extends DatabaseConnection {
  source: 'env' | 'docker' | 'local';
  /** Human-readable origin, e.g. "local Neo4j 5.26.16 in ~/.cache/…". */
  description: string;
  stop(): Promise<void>;
}

/** How the resolver may obtain a database. */
export interface ResolveOptions {
  /**
   * `shared`: the project's long-lived local instance (`<cache>/instance`, configured port), left
   * running for `tifa neo4j stop`. `ephemeral`: a throwaway instance on a free port in a temporary
   * home, stopped and deleted by `stop()` (tests).
   */
  mode: 'shared' | 'ephemeral';
  log?: (line: string) => void;
}

const DOCKER_IMAGE = 'neo4j:5.26-community';

async function tryDocker(log: (line: string) => void): Promise<ResolvedDatabase | null> {
  let mod: typeof import('@testcontainers/neo4j');
  try {
    mod = await import('@testcontainers/neo4j');
  } catch {
    return null; // not installed (production install without dev dependencies)
  }
  try {
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
 * Finds a Neo4j, in this order: NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) if set; a Docker
 * engine through @testcontainers/neo4j if one answers (and TIFA_DOCKER is not off); else the
 * local jars from Maven Central, installed and started on demand.
 */
export async function resolveDatabase(config: Config, opts: ResolveOptions): Promise<ResolvedDatabase> {
  const log = opts.log ?? (() => {});
  const { neo4j, local } = config;
  if (neo4j.uri !== null) {
    return { ...neo4j, uri: neo4j.uri, source: 'env', description: `NEO4J_URI ${neo4j.uri}`, stop: async () => {} };
  }
  if (config.docker) {
    const docker = await tryDocker(log);
    if (docker) return docker;
  }
  const lib = await installNeo4j(local.cacheDir, local.version, log);
  const ephemeral = opts.mode === 'ephemeral';
  const home = ephemeral ? mkdtempSync(join(tmpdir(), 'tifa-neo4j-')) : sharedInstanceHome(local.cacheDir);
  const boltPort = ephemeral ? await freePort() : local.boltPort;
  try {
    const instance = await startLocalNeo4j({ lib, home, boltPort, heap: local.heap, pageCache: local.pageCache, timeoutMs: local.startTimeoutMs, log });
    return {
      uri: instance.uri,
      user: 'neo4j',
      password: '',
      database: neo4j.database,
      source: 'local',
      description: `local Neo4j ${local.version} (pid ${instance.pid}, home ${home})`,
      stop: async () => {
        if (!ephemeral) return;
        await stopLocalNeo4j(home);
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ephemeral) rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
