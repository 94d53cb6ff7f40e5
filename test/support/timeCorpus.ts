import { extractSpeech } from '../../src/extract/extractSpeech.js';
import { ancestorsOf, placeByCode } from '../../src/extract/places/gazetteer.js';
import type { ExtractedSpeech, Genre, PlaceFinding } from '../../src/extract/types.js';

// A synthetic corpus with time in it, written so that first uses and lags are known by
// construction: central speeches and the speeches of five provinces, four cities and a county,
// one a year from 2010 to 2024 each, dated to the day, the month, the year or not at all, using
// slogans by rules of date and place; and a handful of speeches that are the first uses.

/** Places of the corpus (GB/T 2260). */
export const PROVINCES = ['320000', '330000', '410000', '440000', '510000'] as const;
export const CITIES = ['320100', '320500', '330100', '510100'] as const;
export const COUNTY = '320583';

/**
 * 两个确立: first central use 2021-11-16; provinces' first uses (year- and month-only dates among
 * them) and the lags they make from it; 广东 (440000) never uses it. Cities: 南京 and 杭州 adopt,
 * 苏州 never does, 成都 uses it only in an undated speech.
 */
export const ESTABLISHED = '两个确立';
export const CENTRAL_FIRST = '2021-11-16';
export const PROVINCE_ADOPTION: Record<string, { date: string; lagDays: number }> = {
  '320000': { date: '2022-01-17', lagDays: 62 },
  '330000': { date: '2022-02', lagDays: 77 },
  '510000': { date: '2022', lagDays: 46 },
  '410000': { date: '2023-03-05', lagDays: 474 },
};
export const CITY_ADOPTION: Record<string, string> = { '320100': '2022-03-01', '330100': '2022-04-10' };

function placeOf(code: string): PlaceFinding {
  const p = placeByCode(code)!;
  return { code: p.code, name: p.name, level: p.level, within: ancestorsOf(code).map((a) => ({ code: a.code, name: a.name, level: a.level })) };
}

let serial = 0;
function speech(date: string | null, code: string | null, slogans: string[], genre: Genre = 'work_report', repeat = 1): ExtractedSpeech {
  serial++;
  const body = slogans.map((s) => `要坚持“${s}”。`.repeat(repeat)).join('');
  const text = `第${serial}号文稿\n同志们：\n一、总体要求\n${body || '要把工作做好。'}\n`;
  const extracted = extractSpeech({ text, source: `test:time/${serial}` });
  const place = code === null ? null : placeOf(code);
  return { ...extracted, date, genre, place, level: place ? place.level : 'central' };
}

// Day, month, year or no date for the grid speech of a place in a year: mostly days, some shorter.
function gridDate(year: number, i: number): string | null {
  const month = String(((i * 5 + year) % 12) + 1).padStart(2, '0');
  const day = String(((i * 7 + year) % 27) + 1).padStart(2, '0');
  switch ((year + i) % 9) {
    case 0:
      return null;
    case 3:
      return String(year);
    case 6:
      return `${year}-${month}`;
    default:
      return `${year}-${month}-${day}`;
  }
}

function adopted(code: string | null, date: string | null): boolean {
  if (date === null || date.slice(0, 4) < '2022') return code === null && date !== null && date > CENTRAL_FIRST;
  if (code === null) return true;
  const at = PROVINCE_ADOPTION[code]?.date ?? CITY_ADOPTION[code];
  return at !== undefined && date > at;
}

/** The corpus: every speech extracted from its short text, with date, place, level and genre set as a catalogue would. */
export function timeCorpus(): ExtractedSpeech[] {
  serial = 0;
  const out: ExtractedSpeech[] = [];
  const places: Array<string | null> = [null, ...PROVINCES, ...CITIES, COUNTY];
  for (let year = 2010; year <= 2024; year++) {
    places.forEach((code, i) => {
      const date = gridDate(year, i);
      const y = date === null ? year : Number(date.slice(0, 4));
      const slogans: string[] = [];
      if (y >= 2016) slogans.push('四个意识');
      if (y <= 2012 || code === null) slogans.push('三个代表');
      if (y >= 2015 && code !== null) slogans.push('放管服');
      if (y >= 2021 && (code === null || y >= 2022 || i % 2 === 0)) slogans.push('双碳');
      if (adopted(code, date)) slogans.push(ESTABLISHED);
      if (code === '320000' || code === '320100' || code === COUNTY) slogans.push('一网通办');
      out.push(speech(date, code, slogans, i % 3 === 0 ? 'speech' : 'work_report', (year + i) % 4 === 0 ? 2 : 1));
    });
  }
  // The first uses, and a use that has no date.
  out.push(speech(CENTRAL_FIRST, null, [ESTABLISHED, '四个意识'], 'party_report'));
  out.push(speech('2020-09-22', null, ['双碳'], 'speech'));
  for (const [code, { date }] of Object.entries(PROVINCE_ADOPTION)) out.push(speech(date, code, [ESTABLISHED]));
  for (const [code, date] of Object.entries(CITY_ADOPTION)) out.push(speech(date, code, [ESTABLISHED, '四个意识']));
  out.push(speech(null, '510100', [ESTABLISHED]));
  return out;
}
