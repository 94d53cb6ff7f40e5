import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGraph } from '../../src/app/checkGraph.js';
import { importSpeeches } from '../../src/app/importSpeeches.js';
import type { Config } from '../../src/config.js';
import { openDatabase } from '../../src/graph/database.js';
import { countSpeeches } from '../../src/graph/read/countSpeeches.js';
import { freePort } from '../../src/neo4j/freePort.js';
import { installNeo4j } from '../../src/neo4j/installNeo4j.js';
import { localConnection, sharedInstanceHome, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import type { TestNeo4jHandle } from '../support/testNeo4j.js';
import { syntheticCorpusFiles } from './syntheticCorpusFiles.js';

/**
 * A local instance holding the synthetic corpus of (n, seed), loaded with `tifa import` (the first
 * load of a large graph), then checked with `tifa check`'s invariants; both are printed. In a
 * throwaway home, or in `home` when given: kept afterwards, and reused when it already holds n
 * speeches (so a second run at 100,000 does not import again).
 */
export async function importedBenchGraph(config: Config, n: number, seed: number, home: string | undefined, log: (line: string) => void): Promise<TestNeo4jHandle> {
  const lib = await installNeo4j(config.local.cacheDir, config.local.version, log);
  const keep = home !== undefined;
  const dir = home ?? mkdtempSync(join(tmpdir(), 'tifa-bench-import-'));
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'lib'))) symlinkSync(lib, join(dir, 'lib'));
  const local = { ...config.local, cacheDir: dir, boltPort: await freePort(), httpPort: 0 };
  const instanceHome = sharedInstanceHome(dir);
  const handle = (uri: string): TestNeo4jHandle => ({
    ...localConnection({ uri }, undefined),
    source: 'local',
    description: `local Neo4j ${local.version} loaded by tifa import (home ${instanceHome})`,
    stop: async () => {
      await stopLocalNeo4j(instanceHome);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  });
  if (existsSync(join(instanceHome, 'data', 'databases', 'neo4j'))) {
    const running = await startLocalNeo4j({ lib: join(dir, 'lib'), home: instanceHome, boltPort: local.boltPort, heap: local.heap, pageCache: local.pageCache, timeoutMs: local.startTimeoutMs, log });
    const db = openDatabase(localConnection(running, undefined));
    const have = await countSpeeches(db).finally(() => db.close());
    if (have === n) {
      log(`${instanceHome} holds ${n} speeches: reusing it`);
      return handle(running.uri);
    }
    await stopLocalNeo4j(instanceHome);
    throw new Error(`${instanceHome} holds ${have} speeches, not ${n}: give another --home`);
  }
  try {
    let t = performance.now();
    const corpus = syntheticCorpusFiles(n, seed);
    log(`synthetic corpus: ${n} files in ${corpus} (${((performance.now() - t) / 1000).toFixed(0)} s to write or find)`);
    const s = await importSpeeches({ ...config, neo4j: { ...config.neo4j, uri: null, database: undefined }, local }, { paths: [corpus], jsonl: [], database: 'neo4j', log });
    const p = s.phases;
    console.log(
      `tifa import of ${s.speeches} synthetic speeches: ${s.seconds.toFixed(1)} s end to end — extract ${p.extract.toFixed(1)} s (${s.workers} workers), csv ${p.csv.toFixed(1)} s, ` +
        `import ${p.import.toFixed(1)} s, empty lists ${p.emptyLists.toFixed(1)} s, indexes ${p.indexes.toFixed(1)} s, derived ${p.derived.toFixed(1)} s; ` +
        `${s.nodes} nodes, ${s.relationships} relationships, ${s.cooccurs} CO_OCCURS pairs, ${s.failures.length} failed`,
    );
    const uri = `bolt://127.0.0.1:${local.boltPort}`;
    const db = openDatabase(localConnection({ uri }, undefined));
    t = performance.now();
    const report = await checkGraph(db).finally(() => db.close());
    console.log(`tifa check after the import (${((performance.now() - t) / 1000).toFixed(1)} s): ${report.lines.join(' | ')}`);
    return handle(uri);
  } catch (error) {
    await stopLocalNeo4j(instanceHome);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
