import type { Logger } from 'pino';
import type { ExtractFileResult } from '../../extract/extractFile.js';
import type { ServerConfig } from '../../config.js';
import type { Database } from '../../graph/database.js';
import type { ReadRepository } from '../../graph/read/createReadRepository.js';
import type { AnalyticsCache } from './analyticsCache.js';
import type { RequestAuth } from './mutationAccess.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives: the repository, this request's loaders and auth, the database (for mutations). */
export interface ApiContext {
  db: Database;
  repo: ReadRepository;
  loaders: Loaders;
  auth: RequestAuth;
  config: ServerConfig;
  logger: Logger;
  analytics: AnalyticsCache;
  /** Extracts a text sent by a mutation off the main thread (a worker, started at the first use). */
  extractText: (text: string, name: string) => Promise<ExtractFileResult>;
  /** The graph version, read at most once per request (keys the analytics cache). */
  graphVersion: () => Promise<string>;
}
