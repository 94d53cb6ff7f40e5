import type { Command } from 'commander';
import { neo4jBrowserUrl } from '../neo4j/browserUrl.js';
import type { CliContext } from './context.js';

/** Registers `tifa neo4j install|start|stop|status`: the local Neo4j run from Maven Central jars. */
export function registerNeo4jCommand(program: Command, ctx: CliContext): void {
  const neo4j = program
    .command('neo4j')
    .description('run a local Neo4j Community from Maven Central jars (no Docker needed)');

  neo4j
    .command('install')
    .description('resolve the Neo4j jars into the cache (needs Maven; done once)')
    .action(async () => {
      const { installNeo4j } = await import('../neo4j/installNeo4j.js');
      const { local } = ctx.config();
      const lib = await installNeo4j(local.cacheDir, local.version, ctx.err);
      ctx.out(lib);
    });

  neo4j
    .command('start')
    .description('start the local Neo4j in the background; prints its Bolt URI as the last line')
    .action(async () => {
      const { startSharedNeo4j } = await import('../neo4j/sharedNeo4j.js');
      const { local } = ctx.config();
      const instance = await startSharedNeo4j(local, ctx.err);
      ctx.err(instance.alreadyRunning ? `Neo4j is already running (pid ${instance.pid})` : `Neo4j started (pid ${instance.pid})`);
      const browser = neo4jBrowserUrl(local.httpPort, instance.uri);
      if (browser) ctx.err(`Neo4j Browser: ${browser}`);
      ctx.out(instance.uri);
    });

  neo4j
    .command('status')
    .description('say whether the local Neo4j runs (exit 0) or not (exit 3)')
    .action(async () => {
      const { sharedNeo4jStatus } = await import('../neo4j/sharedNeo4j.js');
      const status = sharedNeo4jStatus(ctx.config().local);
      if (status.running) {
        ctx.out(`running (pid ${status.pid}) at ${status.uri}`);
      } else {
        ctx.out('not running');
        process.exitCode = 3;
      }
    });

  neo4j
    .command('stop')
    .description('stop the local Neo4j (SIGTERM, then wait until the process has exited)')
    .action(async () => {
      const { stopSharedNeo4j } = await import('../neo4j/sharedNeo4j.js');
      const result = await stopSharedNeo4j(ctx.config().local);
      if (!result.stopped) ctx.out('not running');
      else ctx.out(`stopped (pid ${result.pid}${result.forced ? ', forced after timeout' : ''})`);
    });
}
