import type { Command } from 'commander';
import { shown } from '../app/printable.js';
import type { CliContext } from './context.js';

/** Registers `tifa remove <speech id or source>`: deletes a speech and the nodes left with no mentions. */
export function registerRemoveCommand(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description('delete a speech (by id, id prefix of 6+ characters, or source file) and the nodes left with no mentions')
    .argument('<ref>', 'speech id, id prefix, or the file it was ingested from')
    .action(async (ref: string) => {
      const [{ openDatabase }, { removeSpeeches }] = await Promise.all([import('../app/openDatabase.js'), import('../app/removeSpeeches.js')]);
      const database = await openDatabase(ctx.config(), ctx.err);
      try {
        const { removed, cooccurs } = await removeSpeeches(database.db, { ref });
        for (const f of removed) ctx.out(`removed ${f.id} ${shown(f.source)} (${shown(f.title)})`);
        if (cooccurs !== null) ctx.err(`${cooccurs} CO_OCCURS pairs rewritten`);
      } finally {
        await database.close();
      }
    });
}
