import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { applySchema } from '../graph/applySchema.js';
import { ARRAY_DELIMITER_OPTION } from '../graph/bulk/importCsvFields.js';
import { writeEmptyLists } from '../graph/bulk/importedGraph.js';
import { openDatabase } from '../graph/database.js';
import { refreshDerivedData } from '../graph/refreshDerivedData.js';
import { removeDatabaseStore, runAdminImport } from '../neo4j/adminImport.js';
import { installNeo4j } from '../neo4j/installNeo4j.js';
import { localConnection, sharedInstanceHome, startLocalNeo4j, type LocalInstanceOptions } from '../neo4j/localNeo4j.js';
import { createImportLinesPool, defaultWorkers, FILES_IN_FLIGHT_PER_WORKER, MIN_FILES_FOR_WORKERS } from './pipeline/extractPool.js';
import { importLinesOutcome, type ImportLinesOutcome } from './pipeline/importLinesOutcome.js';
import { extractFiles } from './pipeline/ingestSpeeches.js';
import { InputError } from './InputError.js';
import { prepareImportTarget } from './pipeline/importTarget.js';
import { extractForIngest, listSpeechFiles, SPEECH_EXTENSIONS, type SkippedPath } from './pipeline/speechFiles.js';
import { readSpeechJsonl } from './pipeline/speechJsonl.js';
import { writeImportFiles } from './pipeline/writeImportFiles.js';

/** Options of a bulk import. */
export interface ImportOptions {
  /** Speech files and folders to extract. */
  paths: string[];
  /** JSONL files written by `tifa extract --jsonl`. */
  jsonl: string[];
  /** The database to import into: the one user database Neo4j Community serves. */
  database: string;
  /** Extraction worker threads (default: one per core). */
  workers?: number;
  /** Keep the CSV files (printed) instead of deleting them after the import. */
  keepCsv?: boolean;
  /** Progress and phase lines. */
  log?(line: string): void;
}

/** Seconds per phase, in order. Extraction and the speeches' rows run together (`extract`). */
export interface ImportPhases {
  extract: number;
  csv: number;
  import: number;
  emptyLists: number;
  indexes: number;
  derived: number;
}

/** What an import did. */
export interface ImportSummary {
  speeches: number;
  duplicates: number;
  failures: Array<{ file: string; reason: string }>;
  missing: SkippedPath[];
  skipped: SkippedPath[];
  nodes: number;
  relationships: number;
  cooccurs: number | null;
  phases: ImportPhases;
  /** Main-thread seconds of the extract phase spent shaping and writing rows. */
  rowSeconds: number;
  workers: number;
  seconds: number;
  /** The CSV folder when kept. */
  csvDir: string | null;
}

/** The name Neo4j Community gives its one user database. */
export const COMMUNITY_DATABASE = 'neo4j';

const seconds = (since: number): number => (performance.now() - since) / 1000;

type ImportInput = { file: string; outcome: ImportLinesOutcome };

async function* concat(...sources: Array<AsyncIterable<ImportInput>>): AsyncGenerator<ImportInput> {
  for (const source of sources) yield* source;
}

/** JSONL inputs were extracted elsewhere: their import lines are shaped here, on the main thread. */
async function* jsonlLines(files: readonly string[], ingestedAt: string): AsyncGenerator<ImportInput> {
  for await (const { file, outcome } of readSpeechJsonl(files)) yield { file, outcome: importLinesOutcome(outcome, ingestedAt) };
}

/**
 * First load of an EMPTY database through `neo4j-admin database import full`: extract in parallel
 * straight into the import's CSV files (the graph `tifa ingest` would write, derived data
 * included), stop the local instance, import, start it, write what CSV cannot hold, apply the
 * schema and check the derived data. Only the project's local instance: the import writes the
 * store files of a stopped database, which a remote one (NEO4J_URI) does not let us do.
 */
export async function importSpeeches(config: Config, opts: ImportOptions): Promise<ImportSummary> {
  const log = opts.log ?? (() => {});
  if (config.neo4j.uri !== null) {
    throw new InputError(`tifa import writes the store files of the local Neo4j (TIFA_NEO4J_HOME) and cannot import into NEO4J_URI ${config.neo4j.uri}; use tifa ingest there, or neo4j-admin database import on that server with CSV from tifa export --format csv`);
  }
  if (opts.database !== COMMUNITY_DATABASE || (config.neo4j.database !== undefined && config.neo4j.database !== COMMUNITY_DATABASE)) {
    throw new InputError(`--database ${opts.database}: Neo4j Community serves one user database, "${COMMUNITY_DATABASE}", which every tifa command uses; import into it (other names need Neo4j Enterprise and CREATE DATABASE)`);
  }
  const started = performance.now();
  const { files, missing, skipped } = opts.paths.length > 0 ? await listSpeechFiles(opts.paths) : { files: [], missing: [], skipped: [] };
  for (const file of opts.jsonl) await access(file).catch(() => Promise.reject(new InputError(`${file}: cannot read the JSONL file`)));
  if (files.length === 0 && opts.jsonl.length === 0) {
    throw new InputError(`nothing to import: no speech files (${[...SPEECH_EXTENSIONS].join(', ')}) under ${opts.paths.join(', ') || '(no folders)'} and no --from-jsonl file`);
  }

  const { local } = config;
  const lib = await installNeo4j(local.cacheDir, local.version, log);
  const instance: LocalInstanceOptions = {
    lib, home: sharedInstanceHome(local.cacheDir), boltPort: local.boltPort, httpPort: local.httpPort,
    heap: local.heap, pageCache: local.pageCache, timeoutMs: local.startTimeoutMs, log,
  };
  await prepareImportTarget(instance, opts.database, log);

  const csvDir = join(instance.home, 'import', `tifa-import-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await mkdir(csvDir, { recursive: true });
  // Kept when asked, and when the import tool failed on them (its log is in the folder).
  let keep = opts.keepCsv === true;
  let importing = false;
  try {
    const workers = files.length >= MIN_FILES_FOR_WORKERS ? (opts.workers ?? defaultWorkers()) : 0;
    // One timestamp for every speech of the import (their Speech.ingestedAt).
    const ingestedAt = new Date().toISOString();
    const pool = workers > 0 ? createImportLinesPool({ size: workers, maxFileBytes: config.extract.maxFileBytes, ingestedAt }) : null;
    log(`extracting ${files.length} files${opts.jsonl.length > 0 ? ` and ${opts.jsonl.length} JSONL files` : ''} into ${csvDir} (${pool ? `${pool.size} worker threads` : 'on this thread'})…`);
    let written;
    try {
      const lines = pool
        ? (file: string) => pool.extract(file)
        : async (file: string) => importLinesOutcome(await extractForIngest(file, config.extract.maxFileBytes), ingestedAt);
      const inputs = concat(extractFiles(files, lines, pool ? pool.size * FILES_IN_FLIGHT_PER_WORKER : 1), jsonlLines(opts.jsonl, ingestedAt));
      const every = Math.max(1000, Math.round(files.length / 20));
      written = await writeImportFiles(csvDir, inputs, { onProgress: (n) => n % every === 0 && log(`  ${n} inputs…`) });
    } finally {
      await pool?.close();
    }
    if (written.speeches === 0) throw new InputError(`nothing to import: all ${written.failures.length} inputs failed (first: ${written.failures[0]?.file}: ${written.failures[0]?.reason})`);
    log(`extract ${written.extractSeconds.toFixed(1)} s; csv ${written.finishSeconds.toFixed(1)} s: ${written.speeches} speeches, ${written.nodes} nodes, ${written.relationships} relationships`);

    let t = performance.now();
    importing = true;
    const imported = await runAdminImport({
      lib, home: instance.home, database: opts.database, files: written.files, arrayDelimiter: ARRAY_DELIMITER_OPTION,
      largestValue: written.longestLine, logFile: join(csvDir, 'import.log'),
    }).catch((error: unknown) => {
      removeDatabaseStore(instance.home, opts.database);
      log(`the import failed; the store it left was removed, so the next start of Neo4j creates "${opts.database}" empty again`);
      throw error;
    });
    const importSeconds = seconds(t);
    importing = false;
    log(`import ${importSeconds.toFixed(1)} s: ${imported.nodes} nodes, ${imported.relationships} relationships`);

    const running = await startLocalNeo4j(instance);
    const db = openDatabase(localConnection(running, config.neo4j.database));
    try {
      await db.verify();
      t = performance.now();
      await writeEmptyLists(db, written.emptyLists);
      const emptyListsSeconds = seconds(t);
      t = performance.now();
      await applySchema(db);
      const indexSeconds = seconds(t);
      log(`indexes ${indexSeconds.toFixed(1)} s`);
      t = performance.now();
      const cooccurs = await refreshDerivedData(db);
      const derivedSeconds = seconds(t);
      return {
        speeches: written.speeches, duplicates: written.duplicates, failures: written.failures, missing, skipped,
        nodes: imported.nodes, relationships: imported.relationships, cooccurs,
        phases: { extract: written.extractSeconds, csv: written.finishSeconds, import: importSeconds, emptyLists: emptyListsSeconds, indexes: indexSeconds, derived: derivedSeconds },
        rowSeconds: written.rowSeconds, workers, seconds: seconds(started), csvDir: keep ? csvDir : null,
      };
    } finally {
      await db.close();
    }
  } catch (error) {
    keep = importing;
    throw error;
  } finally {
    if (!keep) await rm(csvDir, { recursive: true, force: true });
  }
}
