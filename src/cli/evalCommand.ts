import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { overall, type Recall } from '../extract/eval/scoreSpeech.js';
import type { CliContext } from './context.js';
import { scoreGoldFolder } from './scoreGoldFolder.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_GOLD = resolve(REPO_ROOT, '../shared/gold');
const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');

const pct = (r: Recall): string => `${r.found}/${r.expected} ${r.expected === 0 ? '  -  ' : (r.found / r.expected).toFixed(3)}`;

/** Registers `tifa eval`: scores the extractor against the gold annotations and prints a table. */
export function registerEvalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score the extractor against hand annotations: recall of numbered slogans, meetings, sections; titles; not_slogans hits')
    .option('--gold <dir>', 'folder of *.json gold annotations (e.g. src/extract/fixtures/heldout)', DEFAULT_GOLD)
    .option('--corpus <dir>', 'folder of the annotated speech files (default: ../shared/corpus, or the --gold folder when one is given)')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { gold: string; corpus?: string; json?: boolean }) => {
      // Fixture folders keep each speech beside its annotation, so a given --gold is also the corpus.
      const corpus = opts.corpus ?? (resolve(opts.gold) === DEFAULT_GOLD ? DEFAULT_CORPUS : opts.gold);
      const scores = await scoreGoldFolder(opts.gold, corpus, ctx.config().extract.maxFileBytes);
      const total = {
        slogans: overall(scores, (s) => s.slogans),
        meetings: overall(scores, (s) => s.meetings),
        sections: overall(scores, (s) => s.sections),
        titlesRight: scores.filter((s) => s.titleRight).length,
        venuesRight: scores.filter((s) => s.venueRight).length,
        notSloganHits: scores.reduce((n, s) => n + s.notSloganHits.length, 0),
        levelsWrong: scores.filter((s) => s.levelRight === false).length,
        datesWrong: scores.filter((s) => s.dateRight === false).length,
        files: scores.length,
      };
      if (opts.json) {
        ctx.out(JSON.stringify({ files: scores, overall: total }, null, 2));
        return;
      }
      const row = (cells: string[]): string => cells.map((c, i) => c.padEnd(i === 0 ? 28 : 14)).join(' ');
      ctx.out(row(['file', 'slogans', 'meetings', 'sections', 'title', 'venue', 'not_slogans']));
      for (const s of scores) {
        ctx.out(row([s.file, pct(s.slogans), pct(s.meetings), pct(s.sections), s.titleRight ? 'right' : 'WRONG', s.venueRight ? 'right' : 'WRONG', String(s.notSloganHits.length)]));
      }
      ctx.out(row(['overall', pct(total.slogans), pct(total.meetings), pct(total.sections), `${total.titlesRight}/${total.files}`, `${total.venuesRight}/${total.files}`, String(total.notSloganHits)]));
      ctx.out('targets: slogans ≥ 0.95, meetings ≥ 0.9, sections ≥ 0.95, all titles right, 0 not_slogans');
      for (const s of scores) {
        const notes = [
          ...s.slogans.missed.map((m) => `missed slogan ${m}`),
          ...s.meetings.missed.map((m) => `missed meeting ${m}`),
          ...s.sections.missed.map((m) => `missed section ${m.slice(0, 40)}`),
          ...s.notSloganHits.map((m) => `tagged not_slogan ${m}`),
          ...(s.titleRight ? [] : [`title "${s.title.found}" ≠ "${s.title.gold}"`]),
          ...(s.venueRight ? [] : ['venue wrong']),
          ...(s.levelRight === false ? ['level wrong'] : []),
          ...(s.dateRight === false ? ['date wrong'] : []),
        ];
        for (const n of notes) ctx.out(`  ${s.file}: ${n}`);
      }
    });
}
