import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { applySchema } from '../graph/applySchema.js';
import { openDatabase, type Database } from '../graph/database.js';
import { ingestSpeeches } from '../graph/ingestSpeeches.js';
import { countSpeeches } from '../graph/read/countSpeeches.js';
import { resolveDatabase } from '../graph/resolveDatabase.js';
import type { CliContext } from './context.js';
import { extractForIngest, listSpeechFiles } from './ingestCommand.js';
import { serveUntilSignal } from './serveCommand.js';

/** The sample speeches `tifa up` loads into an empty graph. */
const EXAMPLES = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

// A fresh machine gets something to look at; a graph that holds speeches is never touched.
async function ingestExamplesIfEmpty(ctx: CliContext, db: Database, maxFileBytes: number): Promise<void> {
  const speeches = await countSpeeches(db);
  if (speeches > 0) {
    ctx.err(`graph holds ${speeches} speeches; not loading the examples`);
    return;
  }
  if (!existsSync(EXAMPLES)) {
    ctx.err(`graph is empty and ${EXAMPLES} is missing; serving an empty graph (load speeches with tifa ingest)`);
    return;
  }
  const { files } = await listSpeechFiles([EXAMPLES]);
  const summary = await ingestSpeeches(db, files, { extract: (file) => extractForIngest(file, maxFileBytes), concurrency: 2 });
  for (const f of summary.failures) ctx.err(`failed  ${f.file}: ${f.reason}`);
  ctx.err(`graph was empty: loaded ${summary.new} example speeches from ${EXAMPLES} in ${summary.seconds.toFixed(1)} s`);
}

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
      // Neo4jSetupError (no java, port taken, …) prints as one line in src/cli.ts.
      const resolved = await resolveDatabase(config, { mode: 'shared', log: ctx.err });
      const db = openDatabase(resolved);
      try {
        await db.verify();
        ctx.err(`Neo4j: ${resolved.description}`);
        await applySchema(db);
        await ingestExamplesIfEmpty(ctx, db, config.extract.maxFileBytes);
        if (opts.serve) await serveUntilSignal(ctx, config, db);
        else ctx.out(resolved.uri);
      } finally {
        await db.close();
        await resolved.stop();
      }
    });
}
