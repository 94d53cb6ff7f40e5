import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countNodes } from '../../graph/bulk/importedGraph.js';
import { openDatabase } from '../../graph/database.js';
import { localConnection, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, writeInstanceConfig, type LocalInstanceOptions } from '../../neo4j/localNeo4j.js';
import { InputError } from '../InputError.js';

/**
 * Makes sure the local instance's database is empty and stopped, as the import tool needs it: a
 * running instance is asked, a stopped one with a store is started to be asked (a never-started
 * home has no store, so nothing to lose), and a database holding any node is refused — its store
 * would be replaced. Leaves the instance stopped with its configuration written.
 */
export async function prepareImportTarget(instance: LocalInstanceOptions, database: string, log: (line: string) => void): Promise<void> {
  const status = localNeo4jStatus(instance.home);
  const hasStore = existsSync(join(instance.home, 'data', 'databases', database));
  if (status.running || hasStore) {
    const running = status.running ? { uri: status.uri } : await startLocalNeo4j(instance);
    const db = openDatabase(localConnection(running, database));
    let nodes: number;
    try {
      nodes = await countNodes(db);
    } finally {
      await db.close();
    }
    if (nodes > 0) {
      if (!status.running) await stopLocalNeo4j(instance.home);
      throw new InputError(
        `database "${database}" of the local Neo4j (${instance.home}) holds ${nodes} nodes: tifa import only loads an empty database, whose store it replaces. ` +
          'Use tifa ingest to add speeches to it, or stop Neo4j (tifa neo4j stop) and delete its data/ folder to start over',
      );
    }
    log(`stopping the local Neo4j for the import (its database "${database}" is empty)…`);
    await stopLocalNeo4j(instance.home);
  }
  writeInstanceConfig(instance);
}
