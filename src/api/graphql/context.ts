import type { Logger } from 'pino';
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
  /** The graph version, read at most once per request (keys the analytics cache). */
  graphVersion: () => Promise<string>;
}
