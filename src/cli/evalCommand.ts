import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliContext } from './context.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_GOLD = resolve(REPO_ROOT, '../shared/gold');
const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
// Without --gold every annotation there is: ../shared/gold (its texts in ../shared/corpus), the
// project's own (the seed speeches' headers, the held-out speeches, the real pages and reports) and
// the header metadata beside the real texts in ../shared/real.
const DEFAULT_FOLDERS = [DEFAULT_GOLD, resolve(REPO_ROOT, 'src/extract/fixtures'), resolve(REPO_ROOT, '../shared/real')];

/** Registers `tifa eval`: scores the extractor against the gold annotations and prints tables. */
export function registerEvalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score the extractor against hand annotations: recall of numbered slogans, meetings, sections, persons; titles; false slogans; header metadata (*.meta.json) field by field')
    .option('--gold <dir...>', 'folders of gold annotations: *.json in the gold format, *.meta.json header metadata (e.g. ../shared/real/reports-2026); every folder below one that holds annotations is scored too, one table each and one for all (default: ../shared/gold, src/extract/fixtures and ../shared/real)')
    .option('--corpus <dir>', 'folder of the annotated texts (default: ../shared/corpus for ../shared/gold, else each gold folder itself); a path in "file" may also be relative to the gold folder or the repository')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { gold?: string[]; corpus?: string; json?: boolean }) => {
      // Fixture folders keep each speech beside its annotation, so a given --gold is also the corpus.
      // The default folders are named from the working directory, as a given --gold is.
      const roots = (opts.gold ?? DEFAULT_FOLDERS.map((f) => relative(process.cwd(), f) || '.')).map((g) => ({
        gold: g,
        corpus: opts.corpus ?? (resolve(g) === DEFAULT_GOLD ? DEFAULT_CORPUS : null),
      }));
      // The extractor and the tables load only now, so `tifa --help` stays fast.
      const { runEval } = await import('./evalTables.js');
      await runEval(ctx, { roots, json: opts.json });
    });
}
