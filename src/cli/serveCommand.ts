import type { Command } from 'commander';
import type { Config } from '../config.js';
import type { Database } from '../app/openDatabase.js';
import { analystGuideUrl } from '../neo4j/browserUrl.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';
import { logDestination } from './logDestination.js';

function portOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

/** After serving: the local instance outlives the command on purpose (the next command sees the same data); say so, and how to end it. */
export function sayNeo4jKeepsRunning(ctx: CliContext, resolved: { source: string; uri: string }): void {
  if (resolved.source === 'local') ctx.err(`Neo4j keeps running at ${resolved.uri}; stop it with: npx tifa neo4j stop`);
}

/** Serves the API over an open database until SIGINT/SIGTERM, then stops the server (the caller closes the database). */
export async function serveUntilSignal(ctx: CliContext, config: Config, db: Database): Promise<void> {
  const [{ pino }, { createApiServer, GRAPHQL_PATH }] = await Promise.all([import('pino'), import('../api/http/createApiServer.js')]);
  const logger = pino({ level: config.logLevel, base: { service: 'tifa-api' } }, logDestination(config.logFormat));
  const server = await createApiServer({ db, config: config.server, logger }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${config.server.port} on ${config.server.host} is in use: set TIFA_PORT or pass --port`);
    throw error;
  });
  // Listen before saying where we serve: a caller may signal as soon as it reads the URL, and a
  // signal that arrives before Node has a listener takes the default action (exit by signal).
  const signalled = new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
  ctx.err(`GraphQL: ${server.url}${GRAPHQL_PATH}   playground: ${server.url}/   health: ${server.url}/health`);
  const port = Number(new URL(server.url).port);
  ctx.err(`explorer: ${server.url}/explore   Neo4j Browser guide: :play ${analystGuideUrl(config.server.host, port)}`);
  ctx.err(config.server.apiToken === null ? 'mutations disabled (set TIFA_API_TOKEN to enable them)' : 'mutations enabled (Bearer token)');
  ctx.out(`${server.url}${GRAPHQL_PATH}`);
  await signalled;
  ctx.err('stopping the API server…');
  await server.stop();
}

/** Registers `tifa serve [--host H] [--port P]`: the GraphQL API over the configured (or local) Neo4j. */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the graph over GraphQL (playground at /, health at /health); host and port from TIFA_HOST / TIFA_PORT')
    .option('--host <host>', 'address to listen on (default TIFA_HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default TIFA_PORT or 4000; 0 = any free port)')
    .action(async (opts: { host?: string; port?: string }) => {
      const base = ctx.config();
      const config: Config = {
        ...base,
        server: { ...base.server, host: opts.host ?? base.server.host, port: opts.port === undefined ? base.server.port : portOption(opts.port) },
      };
      const { openDatabase } = await import('../app/openDatabase.js');
      const database = await openDatabase(config, ctx.err);
      try {
        await serveUntilSignal(ctx, config, database.db);
        sayNeo4jKeepsRunning(ctx, database.resolved);
      } finally {
        await database.close();
      }
    });
}
