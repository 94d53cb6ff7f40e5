import type { Config } from '../config.js';
import type { DatabaseConnection } from '../graph/database.js';
import { localConnection } from '../neo4j/localNeo4j.js';
import { startSharedNeo4j } from '../neo4j/sharedNeo4j.js';

/** The database the commands use and where it comes from. */
export interface ResolvedDatabase extends DatabaseConnection {
  source: 'env' | 'local';
  /** Human-readable origin, e.g. "local Neo4j 5.26.16 (pid 123, home ~/.cache/…)". */
  description: string;
}

/**
 * The database of every command: NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) when set, else the
 * project's shared local instance from the Maven jars, started if needed and left running. Never a
 * container: a database that disappears when the command ends would lose what `tifa ingest` wrote.
 */
export async function resolveDatabase(config: Config, log: (line: string) => void = () => {}): Promise<ResolvedDatabase> {
  const { neo4j, local } = config;
  if (neo4j.uri !== null) {
    return { ...neo4j, uri: neo4j.uri, source: 'env', description: `NEO4J_URI ${neo4j.uri}` };
  }
  const instance = await startSharedNeo4j(local, log);
  return {
    ...localConnection(instance, neo4j.database),
    source: 'local',
    description: `local Neo4j ${local.version} (pid ${instance.pid}, home ${instance.home})`,
  };
}
