import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Neo4jSetupError, requireProgram } from './installNeo4j.js';

/** One CSV file of the import, as the import tool's `--nodes` / `--relationships` take it. */
export interface AdminImportFile {
  path: string;
  /** Node label or relationship type. */
  name: string;
  kind: 'nodes' | 'relationships';
  /** Values may span lines (listed in `--multiline-fields`, which makes the tool read it slower). */
  multiline: boolean;
}

/** How to run `neo4j-admin database import full` against a local instance's home. */
export interface AdminImportOptions {
  /** Folder with the Neo4j jars (the import tool's classes are among them). */
  lib: string;
  /** The instance's home: conf/neo4j.conf (written by its last start) and data/. */
  home: string;
  database: string;
  files: readonly AdminImportFile[];
  /** `--array-delimiter` value. */
  arrayDelimiter: string;
  /** Largest value in the files, in characters: the read buffer must hold it. */
  largestValue: number;
  /** Where the tool's output goes (its report file is written beside it). */
  logFile: string;
  /** Threads (`--threads`); default: the tool's (all cores). */
  threads?: number;
}

/** What the import tool said it did. */
export interface AdminImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
}

const DEFAULT_READ_BUFFER = 4 * 1024 * 1024;

/** The arguments of `neo4j-admin database import full` for these files (exported for the unit test). */
export function adminImportArgs(opts: Omit<AdminImportOptions, 'lib' | 'home'>): string[] {
  const multiline = opts.files.filter((f) => f.multiline).map((f) => f.path);
  return [
    'database', 'import', 'full', opts.database,
    // The store of an empty database is replaced; the caller has checked that it holds nothing.
    '--overwrite-destination=true',
    // Stack traces in the log, so a failure names its cause (file, line, field, value).
    '--verbose',
    `--array-delimiter=${opts.arrayDelimiter}`,
    `--read-buffer-size=${Math.max(DEFAULT_READ_BUFFER, Math.ceil(opts.largestValue * 1.25) + 1024)}`,
    // A machine shared with other work: take some of the memory, not the default 90 %.
    '--max-off-heap-memory=40%',
    `--report-file=${join(dirname(opts.logFile), 'import.report')}`,
    ...(opts.threads ? [`--threads=${opts.threads}`] : []),
    ...(multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
    ...opts.files.map((f) => `--${f.kind}=${f.name}=${f.path}`),
  ];
}

/**
 * Runs the import tool (org.neo4j.cli.AdminTool from the jars we already resolve) with java, as
 * `neo4j-admin` would, against the home's configuration; the database must be stopped. Its output
 * goes to `logFile`; a failure throws Neo4jSetupError with the last lines.
 */
export async function runAdminImport(opts: AdminImportOptions): Promise<AdminImportResult> {
  requireProgram('java', 'install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jre-headless)');
  const started = performance.now();
  const fd = openSync(opts.logFile, 'w');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('java', ['-Xmx1g', '-cp', `${opts.lib}/*`, 'org.neo4j.cli.AdminTool', ...adminImportArgs(opts)], {
      stdio: ['ignore', fd, fd],
      env: { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: join(opts.home, 'conf') },
    });
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  }).finally(() => closeSync(fd));
  const log = readFileSync(opts.logFile, 'utf8');
  if (code !== 0 || !/IMPORT DONE/.test(log)) {
    // With --verbose the cause is the last "Caused by" (bad input names file, line, field and value).
    const lines = log.trimEnd().split('\n').filter((l) => !/^[. ]+\d+%/.test(l) && !/^\s+at |^\s+\.\.\. \d+ more/.test(l));
    const cause = lines.filter((l) => l.startsWith('Caused by:')).at(-1);
    const tail = lines.slice(-12).join('\n');
    throw new Neo4jSetupError(`neo4j-admin database import failed (exit ${code})${cause ? `: ${cause.replace(/^Caused by: (\S+: )*/, '')}` : ''}; log: ${opts.logFile}\n${tail}`);
  }
  const count = (what: string): number => Number(/Imported:\s*\n\s*(\d+) nodes\s*\n\s*(\d+) relationships\s*\n\s*(\d+) properties/.exec(log)?.[['nodes', 'relationships', 'properties'].indexOf(what) + 1] ?? NaN);
  return { nodes: count('nodes'), relationships: count('relationships'), properties: count('properties'), seconds: (performance.now() - started) / 1000 };
}

/**
 * Deletes a database's store and transaction logs, so the next start creates it empty. Only for
 * the store of a failed import into an empty database: the tool leaves it unusable, and there was
 * nothing in it to lose.
 */
export function removeDatabaseStore(home: string, database: string): void {
  for (const dir of ['databases', 'transactions']) rmSync(join(home, 'data', dir, database), { recursive: true, force: true });
}
