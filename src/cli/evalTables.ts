import { basename } from 'node:path';
import { evaluateGoldFolder, goldFolders, META_FIELDS, metaTotals, overall, type MetaScore, type MetaTotals, type Recall, type SpeechScore } from '../app/scoreGoldFolder.js';
import type { CliContext } from './context.js';

const pct = (r: Recall): string => `${r.found}/${r.expected} ${r.expected === 0 ? '  -  ' : (r.found / r.expected).toFixed(3)}`;
const share = (right: number, n: number): string => `${right}/${n} ${n === 0 ? '  -  ' : (right / n).toFixed(2)}`;

// Tables name a text by its file name; `--json` keeps the path as the annotation gives it.

/** Pads to a display width, counting CJK and full-width characters as two columns. */
function pad(s: string, width: number): string {
  const w = [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, width - w));
}
const row = (cells: string[], first = 28, rest = 13): string => cells.map((c, i) => pad(c, i === 0 ? first : rest)).join('').trimEnd();

/** Texts grouped by annotated genre, when the folder mixes genres (one group says nothing new). */
function byGenre<T>(scores: T[], genreOf: (s: T) => string | null): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const s of scores) {
    const g = genreOf(s) ?? 'no genre';
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  return groups.size > 1 ? [...groups] : [];
}

/** The overall figures of the speech table (also what `--json` prints under "overall"). */
function speechTotals(scores: SpeechScore[]) {
  return {
    slogans: overall(scores, (s) => s.slogans),
    meetings: overall(scores, (s) => s.meetings),
    sections: overall(scores, (s) => s.sections),
    extraSections: scores.reduce((n, s) => n + s.extraSections.length, 0),
    persons: overall(scores, (s) => s.persons),
    titlesRight: scores.filter((s) => s.titleRight).length,
    venuesRight: scores.filter((s) => s.venueRight).length,
    notSloganHits: scores.reduce((n, s) => n + s.notSloganHits.length, 0),
    unexpected: scores.reduce((n, s) => n + s.unexpected.length, 0),
    levelsWrong: scores.filter((s) => s.levelRight === false).length,
    datesWrong: scores.filter((s) => s.dateRight === false).length,
    files: scores.length,
  };
}

/** The speech table: one row per text unless `totalsOnly`, the overall rows, then the notes per text. */
function printSpeeches(out: (line: string) => void, scores: SpeechScore[], totalsOnly = false): void {
  const total = speechTotals(scores);
  out(row(['file', 'slogans', 'meetings', 'sections', 'extra sec', 'persons', 'title', 'venue', 'false(not_sl)', 'unexpected']));
  for (const s of totalsOnly ? [] : scores) {
    const cells = [pct(s.slogans), pct(s.meetings), pct(s.sections), String(s.extraSections.length), pct(s.persons), s.titleRight ? 'right' : 'WRONG', s.venueRight ? 'right' : 'WRONG'];
    out(row([basename(s.file), ...cells, String(s.notSloganHits.length), String(s.unexpected.length)]));
  }
  const totalRow = (label: string, t: ReturnType<typeof speechTotals>): string => {
    const n = t.files;
    const perText = (k: number): string => `${k} (${n === 0 ? 0 : (k / n).toFixed(1)}/text)`;
    return row([label, pct(t.slogans), pct(t.meetings), pct(t.sections), String(t.extraSections), pct(t.persons), share(t.titlesRight, n), share(t.venuesRight, n), perText(t.notSloganHits), perText(t.unexpected)]);
  };
  out(totalRow('overall', total));
  for (const [genre, group] of byGenre(scores, (s) => s.genre)) out(totalRow(`overall:${genre}`, speechTotals(group)));
  out('targets (real speeches): slogans ≥ 0.92, ≤ 1 false slogan per text, meetings ≥ 0.9, sections ≥ 0.95, titles ≥ 0.8, persons ≥ 0.8');
  for (const s of totalsOnly ? [] : scores) {
    const notes = [
      ...s.slogans.missed.map((m) => `missed slogan ${m}`),
      ...s.meetings.missed.map((m) => `missed meeting ${m}`),
      ...s.sections.missed.map((m) => `missed section ${m.slice(0, 40)}`),
      ...s.extraSections.map((m) => `extra section ${m.slice(0, 40)}`),
      ...s.persons.missed.map((m) => `missed person ${m}`),
      ...s.notSloganHits.map((m) => `tagged not_slogan ${m}`),
      ...s.unexpected.filter((m) => !s.notSloganHits.includes(m)).map((m) => `unexpected slogan ${m}`),
      ...(s.titleRight ? [] : [`title "${s.title.found}" ≠ "${s.title.gold}"`]),
      ...(s.venueRight ? [] : ['venue wrong']),
      ...(s.levelRight === false ? ['level wrong'] : []),
      ...(s.dateRight === false ? ['date wrong'] : []),
    ];
    for (const note of notes) out(`  ${basename(s.file)}: ${note}`);
  }
}

/** The header metadata table: one row per text unless `totalsOnly`, the share rows, then the wrong fields. */
function printMetas(out: (line: string) => void, scores: MetaScore[], totalsOnly = false): void {
  const totals = metaTotals(scores);
  const mark = (right: boolean | null): string => (right === null ? '-' : right ? 'right' : 'WRONG');
  out(row(['file', ...META_FIELDS], 28, 12));
  for (const s of totalsOnly ? [] : scores) out(row([basename(s.file), ...META_FIELDS.map((f) => mark(s.fields[f].right))], 28, 12));
  const shareRow = (label: string, t: MetaTotals): string => row([label, ...META_FIELDS.map((f) => share(t.right[f], t.annotated[f]))], 28, 12);
  out(shareRow('share right', totals));
  for (const [genre, group] of byGenre(scores, (s) => s.fields.genre.gold)) out(shareRow(`share:${genre}`, metaTotals(group)));
  out('speaker = name and role both right; speakerName = name only; "-" = not annotated. target (work reports): each field ≥ 0.90');
  for (const s of totalsOnly ? [] : scores) {
    for (const f of META_FIELDS) {
      const { gold, found, right } = s.fields[f];
      if (right === false && f !== 'speakerName') out(`  ${basename(s.file)}: ${f} ${found === null ? 'none' : `"${found}"`} ≠ ${gold === null ? 'none' : `"${gold}"`}`);
    }
  }
}

function printTables(out: (line: string) => void, speeches: SpeechScore[], metas: MetaScore[], totalsOnly = false): void {
  if (speeches.length > 0) printSpeeches(out, speeches, totalsOnly);
  if (speeches.length > 0 && metas.length > 0) out('');
  if (metas.length > 0) printMetas(out, metas, totalsOnly);
}

function asJson(speeches: SpeechScore[], metas: MetaScore[]) {
  const genres = Object.fromEntries(byGenre(speeches, (s) => s.genre).map(([g, group]) => [g, speechTotals(group)]));
  const metaGenres = Object.fromEntries(byGenre(metas, (s) => s.fields.genre.gold).map(([g, group]) => [g, metaTotals(group)]));
  return { files: speeches, overall: speechTotals(speeches), byGenre: genres, meta: { files: metas, totals: metaTotals(metas), byGenre: metaGenres } };
}

/**
 * Scores every gold folder under each `--gold` directory and prints one table per folder, then,
 * when there are several, one for all of them (totals only); loaded only when `tifa eval` runs.
 * A root's `corpus` is the texts' folder for every gold folder under it when given, else each
 * folder is its own. Folders are named as the roots are given.
 */
export async function runEval(ctx: CliContext, opts: { roots: Array<{ gold: string; corpus: string | null }>; json?: boolean }): Promise<void> {
  const folders: Array<{ folder: string; corpus: string }> = [];
  for (const root of opts.roots) for (const folder of await goldFolders(root.gold)) folders.push({ folder, corpus: root.corpus ?? folder });
  const scored = [];
  for (const { folder, corpus } of folders) scored.push({ folder, ...(await evaluateGoldFolder(folder, corpus, ctx.config().extract.maxFileBytes)) });
  const speeches = scored.flatMap((f) => f.speeches);
  const metas = scored.flatMap((f) => f.metas);
  if (opts.json) {
    const all = asJson(speeches, metas);
    ctx.out(JSON.stringify(scored.length === 1 ? all : { folders: scored.map((f) => ({ folder: f.folder, ...asJson(f.speeches, f.metas) })), all }, null, 2));
    return;
  }
  if (scored.length === 1) return printTables(ctx.out, speeches, metas);
  for (const f of scored) {
    ctx.out(`== ${f.folder} (${new Set([...f.speeches, ...f.metas].map((s) => s.file)).size} texts)`);
    printTables(ctx.out, f.speeches, f.metas);
    ctx.out('');
  }
  ctx.out(`== all ${scored.length} folders (${speeches.length + metas.length > 0 ? new Set(scored.flatMap((f) => [...f.speeches, ...f.metas].map((s) => `${f.folder}/${s.file}`))).size : 0} texts)`);
  printTables(ctx.out, speeches, metas, true);
}
