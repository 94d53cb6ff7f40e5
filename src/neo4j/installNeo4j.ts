import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POM = fileURLToPath(new URL('../../tools/neo4j/pom.xml', import.meta.url));
const COMPLETE_MARKER = '.tifa-complete';

/** A tool the launcher needs is missing or failed; the message says what to install or look at. */
export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}

/** Throws Neo4jSetupError unless `command -version`-style probing finds the program on PATH. */
export function requireProgram(program: 'java' | 'mvn', hint: string): void {
  const probe = spawnSync(program, program === 'java' ? ['-version'] : ['-v'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jSetupError(`${program} was not found on PATH: ${hint}`);
  }
}

/** Folder with the Neo4j jars for a cache dir. */
export function libDir(cacheDir: string): string {
  return join(cacheDir, 'lib');
}

// Which pom the jars came from: a pom that gained a dependency (Neo4j Browser) makes the lib outdated.
const pomStamp = () => `pom ${createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16)}`;

/** True when the jars were copied completely (a marker is written last) from the current tools/neo4j/pom.xml. */
export function isInstalled(cacheDir: string): boolean {
  const marker = join(libDir(cacheDir), COMPLETE_MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').split('\n').includes(pomStamp());
}

/**
 * Resolves org.neo4j:neo4j:<version> and its runtime dependencies from Maven Central into
 * `<cacheDir>/lib` (once). Copies into a temporary folder and renames it, so an interrupted
 * download never leaves a half-filled lib folder behind.
 */
export async function installNeo4j(cacheDir: string, version: string, log: (line: string) => void): Promise<string> {
  const lib = libDir(cacheDir);
  if (isInstalled(cacheDir)) return lib;
  requireProgram('mvn', 'install Maven (Debian: apt-get install maven), or set NEO4J_URI to an existing Neo4j');
  mkdirSync(cacheDir, { recursive: true });
  const staging = join(cacheDir, `lib.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  log(`Resolving Neo4j ${version} and Neo4j Browser from Maven Central into ${lib} (once per change of tools/neo4j/pom.xml)…`);
  const args = ['-q', '-B', '-f', POM, `-Dneo4j.version=${version}`, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const tail = output.join('').trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Maven could not resolve Neo4j ${version} (exit ${code}):\n${tail}`);
  }
  const jars = readdirSync(staging).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`neo4j-${version}`))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Neo4jSetupError(`Maven finished but neo4j-${version}.jar is not among the ${jars.length} copied jars`);
  }
  writeFileSync(join(staging, COMPLETE_MARKER), `${version}\n${jars.length} jars\n${pomStamp()}\n`);
  if (existsSync(join(lib, COMPLETE_MARKER))) {
    // A complete lib from an older pom: move in only the jars it lacks, one rename each, so an
    // instance running from this folder keeps every jar it has open.
    const have = new Set(readdirSync(lib));
    const added = jars.filter((jar) => !have.has(jar));
    for (const jar of added) renameSync(join(staging, jar), join(lib, jar));
    renameSync(join(staging, COMPLETE_MARKER), join(lib, COMPLETE_MARKER));
    rmSync(staging, { recursive: true, force: true });
    log(`Neo4j ${version}: added ${added.join(', ') || 'no jars'} to ${lib}`);
    return lib;
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  log(`Neo4j ${version}: ${jars.length} jars in ${lib}`);
  return lib;
}
