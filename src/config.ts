import { homedir, totalmem } from 'node:os';
import { join } from 'node:path';
import { recommendedMemory, transactionMemory, type TransactionMemory } from './memorySizing.js';

/** The Neo4j patch release the local launcher runs; tools/neo4j/pom.xml pins the same one. */
export const NEO4J_VERSION = '5.26.16';

/** Settings for reaching an existing Neo4j (from NEO4J_URI and friends). */
export interface Neo4jConnectionConfig {
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
}

/** Settings for the Neo4j that the project runs itself from Maven Central jars. */
export interface LocalNeo4jConfig {
  version: string;
  /** Folder holding `lib/` (the jars) and `instance/` (the default instance's home). */
  cacheDir: string;
  boltPort: number;
  /** HTTP port of Neo4j Browser on 127.0.0.1 (0 = HTTP off). */
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Neo4j's bounds on transaction memory (per transaction and in all), written into neo4j.conf. */
  transactionMemory: TransactionMemory;
  startTimeoutMs: number;
}

/** Settings of the GraphQL server. */
export interface ServerConfig {
  host: string;
  port: number;
  /** When set, mutations are enabled and require `Authorization: Bearer <token>`. */
  apiToken: string | null;
  introspection: boolean;
  /** Production masks internal errors and hides stack traces. */
  production: boolean;
  requestTimeoutMs: number;
  /** Time an HTTP export (/export/…) may stream for: a whole graph takes longer than a query. */
  exportTimeoutMs: number;
  bodyLimitBytes: number;
  /** Deepest field nesting a query may have (QUERY_TOO_DEEP beyond). */
  maxDepth: number;
  /** Highest estimated cost a query may have, lists counted by their page size (QUERY_TOO_COMPLEX beyond). */
  maxComplexity: number;
  /** Largest text the ingestSpeech mutation takes (TIFA_MAX_MUTATION_TEXT_BYTES): the body limit, never more than the file limit. */
  maxTextBytes: number;
  /** Co-occurrence answers kept across requests, keyed on the graph version (0 = no cache). */
  analyticsCacheEntries: number;
  /** Aliased fields and root fields one operation may have (QUERY_TOO_COMPLEX beyond). */
  maxAliases: number;
  maxRootFields: number;
  /** Fields an operation may select once its fragments are expanded (QUERY_TOO_COMPLEX beyond). */
  maxExpandedFields: number;
  /** Requests that may use the database at once, wait for a turn, the longest wait one may expect, and what makes a kind heavy (admission control; 503 beyond). */
  admission: { running: number; queued: number; waitMs: number; heavyMs: number };
  /** Database sessions one request may hold at once, so one request cannot take the whole pool. */
  sessionsPerRequest: number;
}

/** Settings of the extractor. */
export interface ExtractConfig {
  maxFileBytes: number;
}

/** The whole validated configuration; read once by `loadConfig`. */
export interface Config {
  neo4j: Neo4jConnectionConfig;
  local: LocalNeo4jConfig;
  server: ServerConfig;
  extract: ExtractConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Request logs: `auto` = readable lines on a terminal, JSON otherwise (TIFA_LOG_FORMAT). */
  logFormat: 'auto' | 'json' | 'pretty';
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function str(env: Env, key: string): string | undefined {
  const v = env[key];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = str(env, key);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${key} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${key} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, key: string, fallback: boolean): boolean {
  const raw = str(env, key)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${raw}"`);
}

function memory(env: Env, key: string, fallback: string): string {
  const raw = str(env, key) ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(`${key} must look like 512m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

/** Shortest TIFA_API_TOKEN accepted: 32 characters of a random hex or base64 string are beyond guessing. */
export const MIN_TOKEN_LENGTH = 32;

// The token guards every write: a short one can be guessed, so the server refuses to start with
// it. The message never repeats the token (start-up errors end up in logs).
function apiToken(env: Env): string | null {
  const token = str(env, 'TIFA_API_TOKEN');
  if (token === undefined) return null;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(`TIFA_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (it has ${token.length}); make one with: openssl rand -hex 32`);
  }
  return token;
}

/** Bytes of a `512m` / `1g` / `64k` size. */
/**
 * Bytes of db.memory.transaction.max allowed per byte of a file's text by the default file limit.
 * A speech is written in one transaction, whose state (every section, mention and position list)
 * Neo4j counts against that bound. Measured with texts of the example speeches' density
 * (test/bench/fileLimitFactor.ts): under 32m a text of 134 KB was written and one of 168 KB failed,
 * so a write holds 200–250 times its text; 400 leaves room for texts denser in sections or mentions.
 * test/fileSizeLimit.test.ts writes a text at the limit and refuses one byte more.
 */
export const TRANSACTION_BYTES_PER_FILE_BYTE = 400;

function bytesOf(size: string): number {
  return Number(size.slice(0, -1)) * { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[size.slice(-1) as 'k' | 'm' | 'g'];
}

function neo4jUri(env: Env): string | null {
  const raw = str(env, 'NEO4J_URI');
  if (raw === undefined) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(raw)) {
    throw new ConfigError(
      `NEO4J_URI must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc), got "${raw}"`,
    );
  }
  return raw;
}

/** Reads and validates the configuration from an environment (default: the process's); throws ConfigError. */
export function loadConfig(env: Env = process.env): Config {
  const version = str(env, 'TIFA_NEO4J_VERSION') ?? NEO4J_VERSION;
  if (!/^5\.26\.\d+$/.test(version)) {
    throw new ConfigError(`TIFA_NEO4J_VERSION must be a 5.26.x release, got "${version}"`);
  }
  const cacheRoot = str(env, 'XDG_CACHE_HOME') ?? join(str(env, 'HOME') ?? homedir(), '.cache');
  const logLevel = (str(env, 'TIFA_LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`TIFA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const logFormat = (str(env, 'TIFA_LOG_FORMAT') ?? 'auto').toLowerCase();
  if (!['auto', 'json', 'pretty'].includes(logFormat)) throw new ConfigError(`TIFA_LOG_FORMAT must be auto, json or pretty, got "${logFormat}"`);
  const production = str(env, 'NODE_ENV') === 'production';
  const machineMemory = recommendedMemory(totalmem());
  const heap = memory(env, 'TIFA_NEO4J_HEAP', machineMemory.heap);
  const txMemory = transactionMemory(heap);
  const perTransaction = memory(env, 'TIFA_NEO4J_TX_MEMORY', txMemory.perTransaction);
  // A file is written in one transaction, which must fit under Neo4j's per-transaction bound (see
  // TRANSACTION_BYTES_PER_FILE_BYTE); the default limit is that share of it, at most 20 MB.
  const bodyLimitBytes = int(env, 'TIFA_BODY_LIMIT_BYTES', 2_000_000, 1_000, 100_000_000);
  const maxFileBytes = int(env, 'TIFA_MAX_FILE_BYTES', Math.min(20 * 1024 * 1024, Math.floor(bytesOf(perTransaction) / TRANSACTION_BYTES_PER_FILE_BYTE)), 1, 1024 * 1024 * 1024);
  return {
    neo4j: {
      uri: neo4jUri(env),
      user: str(env, 'NEO4J_USER') ?? str(env, 'NEO4J_USERNAME') ?? 'neo4j',
      password: str(env, 'NEO4J_PASSWORD') ?? '',
      database: str(env, 'NEO4J_DATABASE'),
    },
    local: {
      version,
      cacheDir: str(env, 'TIFA_NEO4J_HOME') ?? join(cacheRoot, 'tifa-graph', `neo4j-${version}`),
      boltPort: int(env, 'TIFA_NEO4J_PORT', 7687, 0, 65535),
      httpPort: int(env, 'TIFA_NEO4J_HTTP_PORT', 7474, 0, 65535),
      // Sized from the machine's RAM unless set (src/memorySizing.ts says why).
      heap,
      pageCache: memory(env, 'TIFA_NEO4J_PAGECACHE', machineMemory.pageCache),
      transactionMemory: { perTransaction, total: memory(env, 'TIFA_NEO4J_TX_MEMORY_TOTAL', txMemory.total) },
      startTimeoutMs: int(env, 'TIFA_NEO4J_START_TIMEOUT_MS', 180_000, 1_000, 3_600_000),
    },
    server: {
      host: str(env, 'TIFA_HOST') ?? '127.0.0.1',
      port: int(env, 'TIFA_PORT', 4000, 0, 65535),
      apiToken: apiToken(env),
      introspection: bool(env, 'TIFA_INTROSPECTION', !production),
      production,
      requestTimeoutMs: int(env, 'TIFA_REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
      exportTimeoutMs: int(env, 'TIFA_EXPORT_TIMEOUT_MS', 120_000, 100, 3_600_000),
      bodyLimitBytes,
      maxDepth: int(env, 'TIFA_MAX_QUERY_DEPTH', 12, 2, 100),
      maxComplexity: int(env, 'TIFA_MAX_QUERY_COST', 20_000, 10, 10_000_000),
      // Its own limit: the body limit bounds it anyway, and never more than a file may be.
      maxTextBytes: int(env, 'TIFA_MAX_MUTATION_TEXT_BYTES', Math.min(maxFileBytes, bodyLimitBytes), 1, maxFileBytes),
      analyticsCacheEntries: int(env, 'TIFA_ANALYTICS_CACHE', 200, 0, 100_000),
      maxAliases: int(env, 'TIFA_MAX_ALIASES', 30, 0, 10_000),
      maxRootFields: int(env, 'TIFA_MAX_ROOT_FIELDS', 20, 1, 10_000),
      maxExpandedFields: int(env, 'TIFA_MAX_EXPANDED_FIELDS', 2_000, 1, 1_000_000),
      sessionsPerRequest: int(env, 'TIFA_SESSIONS_PER_REQUEST', 4, 1, 40),
      // The driver's pool holds 46 connections for queries (DRIVER_LIMITS) at 4 sessions per request
      // at most: 12 requests at once keep every one of them served; the rest wait a little or are shed.
      admission: {
        running: int(env, 'TIFA_MAX_RUNNING_REQUESTS', 12, 1, 1_000),
        queued: int(env, 'TIFA_MAX_QUEUED_REQUESTS', 100, 0, 100_000),
        waitMs: int(env, 'TIFA_QUEUE_WAIT_MS', 1_000, 1, 60_000),
        heavyMs: int(env, 'TIFA_HEAVY_REQUEST_MS', 100, 1, 600_000),
      },
    },
    extract: {
      maxFileBytes,
    },
    logLevel: logLevel as Config['logLevel'],
    logFormat: logFormat as Config['logFormat'],
  };
}
