// The time answers as tables for R and pandas (`tifa export --what timeline|diffusion|distinctive
// --format csv`): one row per observation, one column per variable.
import type { ReadRepository, SpeechFilterInput } from '../../graph/read/createReadRepository.js';
import type { Period } from '../../graph/time/periods.js';
import type { Table } from '../../export/writeTableCsv.js';
import { InputError } from '../InputError.js';
import { diffusion, distinctiveSlogans, timelines } from '../timeQuestions.js';
import { dateArg } from './dateArg.js';
import { AdminLevel, Genre } from './storedEnums.js';

/** The tables of the time questions. */
export const TIME_TABLES = ['timeline', 'diffusion', 'distinctive'] as const;
export type TimeTable = (typeof TIME_TABLES)[number];

/** Options as the command line gives them (strings; enums by their GraphQL names). */
export interface TimeTableOptions {
  slogans?: string;
  by?: string;
  within?: string;
  limit?: string;
  level?: string;
  place?: string;
  genre?: string;
  dateFrom?: string;
  dateTo?: string;
}

const PERIODS: readonly Period[] = ['YEAR', 'QUARTER', 'MONTH'];

function stored(name: string, raw: string | undefined, values: Record<string, string>): string | null {
  if (raw === undefined || raw === '') return null;
  const v = values[raw.toUpperCase()];
  if (v === undefined) throw new InputError(`${name} must be one of ${Object.keys(values).join(', ')}, got "${raw}"`, name);
  return v;
}

// The place option turned into a code; a place no speech comes from is a mistake worth naming here.
async function placeCode(repo: ReadRepository, raw: string | undefined, name: string): Promise<string | null> {
  const v = raw?.trim();
  if (!v) return null;
  const found = await repo.placesByKeys(/^\d{6}$/.test(v) ? [v] : [], /^\d{6}$/.test(v) ? [] : [v]);
  if (found.length === 0) throw new InputError(`${name}: no speech comes from "${v}" or from inside it`, name);
  if (found.length > 1) throw new InputError(`${name}: "${v}" names ${found.length} places (${found.map((p) => p.code).join(', ')}); give the code`, name);
  return found[0]!.code;
}

async function filterOf(repo: ReadRepository, o: TimeTableOptions): Promise<SpeechFilterInput> {
  return {
    level: stored('level', o.level, AdminLevel),
    genre: stored('genre', o.genre, Genre),
    place: await placeCode(repo, o.place, 'place'),
    dateFrom: dateArg(o.dateFrom || null, 'dateFrom'),
    dateTo: dateArg(o.dateTo || null, 'dateTo'),
  };
}

const names = (raw: string | undefined): string[] => (raw ?? '').split(/[,，]/).map((s) => s.trim()).filter(Boolean);

/** Builds one table; options a table does not use are ignored, missing required ones are an InputError. */
export async function buildTimeTable(what: TimeTable, o: TimeTableOptions, repo: ReadRepository): Promise<Table & { note: string }> {
  if (what === 'timeline') {
    const slogans = names(o.slogans);
    if (slogans.length === 0) throw new InputError('timeline needs --slogans (comma-separated names)', 'slogans');
    const by = (o.by ?? 'YEAR').toUpperCase() as Period;
    if (!PERIODS.includes(by)) throw new InputError(`by must be one of ${PERIODS.join(', ')}, got "${o.by}"`, 'by');
    const series = await timelines(repo, slogans, by, await filterOf(repo, o));
    return {
      header: ['slogan', 'period', 'speeches', 'share', 'mentions'],
      rows: series.flatMap((t) => t.points.map((p) => [t.name, p.period, p.speeches, p.share, p.mentions])),
      note: series.map((t) => `${t.name}: ${t.undated} undated, ${t.coarser} dated coarser than ${by.toLowerCase()}`).join('; '),
    };
  }
  if (what === 'diffusion') {
    const [slogan, ...more] = names(o.slogans);
    if (!slogan || more.length > 0) throw new InputError('diffusion needs one slogan in --slogans', 'slogans');
    const level = stored('level', o.level ?? 'PROVINCIAL', AdminLevel)!;
    const d = await diffusion(repo, slogan, level, await placeCode(repo, o.within, 'within'));
    if (!d) throw new InputError(`"${slogan}" is no slogan of the graph`, 'slogans');
    return {
      header: ['slogan', 'level', 'place_code', 'place', 'first_use', 'lag_days', 'speech', 'speech_count', 'origin', 'origin_level'],
      rows: d.adoptions.map((a) => [d.name, level, a.code, a.name, a.date, a.lagDays, a.speechId, a.speechCount, d.origin?.date ?? null, d.originLevel]),
      note: `${d.adoptions.filter((a) => a.date).length} of ${d.adoptions.length} places used it; ${d.undated} undated uses`,
    };
  }
  const first = o.limit ? Number(o.limit) : 100;
  if (!Number.isInteger(first) || first < 1 || first > 1000) throw new InputError(`limit must be a whole number from 1 to 1000, got "${o.limit}"`, 'limit');
  const scores = await distinctiveSlogans(repo, await filterOf(repo, o), null, first);
  return {
    header: ['slogan', 'score', 'z', 'subset_count', 'reference_count', 'subset_share', 'reference_share'],
    rows: scores.map((s) => [s.name, s.delta, s.z, s.subsetCount, s.referenceCount, s.subsetShare, s.referenceShare]),
    note: 'subset: the speeches the filter options keep; reference: every other speech',
  };
}
