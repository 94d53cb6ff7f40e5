import type { Command } from 'commander';
import { analystGuideUrl, neo4jBrowserUrl } from '../neo4j/browserUrl.js';
import type { CliContext } from './context.js';
import { sayNeo4jKeepsRunning, serveUntilSignal } from './serveCommand.js';

/**
 * Registers `tifa up`, the README's main job: get a database (starting the local Neo4j when no
 * NEO4J_URI is set), load examples/corpus when the graph is empty, and serve the GraphQL API.
 */
export function registerUpCommand(program: Command, ctx: CliContext): void {
  program
    .command('up')
    .description('the main job: start the local Neo4j unless NEO4J_URI is set, load examples/corpus into an empty graph, serve GraphQL')
    .option('--no-serve', 'stop after the database (and examples) are ready; print the Bolt URI')
    .action(async (opts: { serve: boolean }) => {
      const config = ctx.config();
      const [{ openDatabase }, { loadExamplesIfEmpty }] = await Promise.all([import('../app/openDatabase.js'), import('../app/loadExamplesIfEmpty.js')]);
      // Neo4jSetupError (no java, port taken, …) prints as one line in src/cli.ts.
      const database = await openDatabase(config, ctx.err);
      try {
        ctx.err(`Neo4j: ${database.resolved.description}`);
        ctx.err(`Bolt: ${database.resolved.uri}`);
        if (database.resolved.source === 'local') {
          // The guide is served by the API this command starts (when it has a fixed port).
          const { host, port } = config.server;
          const guide = opts.serve && port !== 0 ? analystGuideUrl(host, port) : undefined;
          const browser = neo4jBrowserUrl(config.local.httpPort, database.resolved.uri, guide);
          if (browser) ctx.err(`Neo4j Browser: ${browser}`);
        }
        await loadExamplesIfEmpty(database.db, { maxFileBytes: config.extract.maxFileBytes, log: ctx.err });
        if (opts.serve) await serveUntilSignal(ctx, config, database.db);
        else ctx.out(database.resolved.uri);
        sayNeo4jKeepsRunning(ctx, database.resolved);
      } finally {
        await database.close();
      }
    });
}
