import type { Command } from 'commander';
import { openDatabase } from '../graph/database.js';
import { Neo4jSetupError } from '../graph/neo4j/installNeo4j.js';
import { resolveDatabase } from '../graph/resolveDatabase.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

/** Registers `tifa up`, the README's main job: get a database (starting the local Neo4j when no NEO4J_URI is set) and say where it is. */
export function registerUpCommand(program: Command, ctx: CliContext): void {
  program
    .command('up')
    .description('the main job: start the local Neo4j unless NEO4J_URI is set, and print where it is')
    .action(async () => {
      const resolved = await resolveDatabase(ctx.config(), { mode: 'shared', log: ctx.err }).catch((error: unknown) => {
        throw error instanceof Neo4jSetupError ? new CliError(error.message) : error;
      });
      const db = openDatabase(resolved);
      try {
        await db.verify();
      } finally {
        await db.close();
      }
      ctx.err(`Neo4j: ${resolved.description}`);
      ctx.out(resolved.uri);
    });
}
