import { resolve } from 'node:path';
import type { Command } from 'commander';
import { applySchema } from '../graph/applySchema.js';
import { openDatabase } from '../graph/database.js';
import { resolveDatabase } from '../graph/resolveDatabase.js';
import { findSpeeches, removeSpeeches } from '../graph/removeSpeeches.js';
import { materialiseCooccurrence } from '../graph/sloganCooccurrence.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';

/** Registers `tifa remove <speech id or source>`: deletes a speech and the nodes left with no mentions. */
export function registerRemoveCommand(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description('delete a speech (by id, id prefix of 6+ characters, or source file) and the nodes left with no mentions')
    .argument('<ref>', 'speech id, id prefix, or the file it was ingested from')
    .action(async (ref: string) => {
      const resolved = await resolveDatabase(ctx.config(), { mode: 'shared', log: ctx.err });
      const db = openDatabase(resolved);
      try {
        await db.verify();
        await applySchema(db);
        // Sources are stored as absolute paths; accept the path as typed too.
        const found = await findSpeeches(db, [...new Set([ref, resolve(ref)])]);
        if (found.length === 0) throw new CliError(`no speech with id or source "${ref}"`);
        if (found.length > 1) {
          throw new CliError(`"${ref}" matches ${found.length} speeches (${found.map((f) => f.id).join(', ')}); give a longer id`);
        }
        const deleted = await removeSpeeches(db, found.map((f) => f.id));
        const cooccurs = await materialiseCooccurrence(db);
        for (const f of found.filter((x) => deleted.includes(x.id))) ctx.out(`removed ${f.id} ${f.source} (${f.title})`);
        ctx.err(`${cooccurs} CO_OCCURS pairs rewritten`);
      } finally {
        await db.close();
        await resolved.stop();
      }
    });
}
