import { createHash } from 'node:crypto';
import { ancestorsOf, COUNTRY, placeByCode, placesNamed } from '../../extract/places/gazetteer.js';
import type { AdminLevel, Genre, PlaceFinding, Speaker } from '../../extract/types.js';
import { parseGivenDate } from './givenDate.js';

// Metadata given with a text — a `NAME.meta.json` beside it, or a dataset's columns — under the
// keys of the gold files. Given values win over what the extractor reads in the text.

/** The fields of a speech that can be given or extracted, in the order they are reported. */
export const METADATA_FIELDS = ['title', 'venue', 'date', 'speaker', 'genre', 'level', 'place'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Where one field's value came from. */
export type MetadataSource = 'given' | 'extracted';

/** Metadata given with a text: only the fields that were given are present. */
export interface GivenMetadata {
  title?: string;
  venue?: string;
  /** ISO at the precision given: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  speaker?: Speaker;
  genre?: Genre;
  level?: AdminLevel;
  place?: PlaceFinding;
}

const GENRES: readonly Genre[] = ['speech', 'work_report', 'party_report', 'outline', 'news', 'other'];
const LEVELS: readonly AdminLevel[] = ['central', 'provincial', 'city', 'county', 'township'];

/** A given value that cannot be used: the caller adds the file (and line). */
export class GivenValueError extends Error {
  override name = 'GivenValueError';
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function oneLine(key: string, value: unknown): string {
  if (typeof value !== 'string') throw new GivenValueError(`${key} must be a string, got ${JSON.stringify(value)}`);
  const text = value.trim();
  if (/[\r\n]/.test(text)) throw new GivenValueError(`${key} must be one line`);
  return text;
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T {
  const text = oneLine(key, value).toLowerCase();
  if (!(allowed as readonly string[]).includes(text)) throw new GivenValueError(`${key} "${text}" is not one of ${allowed.join(', ')}`);
  return text as T;
}

/** A given place: a GB/T 2260 code or an official name that names exactly one division, with the divisions it lies in. */
export function givenPlace(value: unknown): PlaceFinding {
  const text = oneLine('place', value);
  const found = /^\d{6}$/.test(text) ? [placeByCode(text)].filter((p) => p !== null) : placesNamed(text);
  if (found.length === 0) throw new GivenValueError(`place "${text}" is not a code or official name of the gazetteer (e.g. ${COUNTRY.name}, 江苏省, 320583)`);
  if (found.length > 1) throw new GivenValueError(`place "${text}" names ${found.length} divisions (${found.map((p) => p.code).join(', ')}): give the code`);
  const p = found[0]!;
  return { code: p.code, name: p.name, level: p.level, within: ancestorsOf(p.code).map((a) => ({ code: a.code, name: a.name, level: a.level })) };
}

function givenSpeaker(value: unknown): Speaker {
  if (typeof value === 'string') return { name: oneLine('speaker', value).replace(/\s+/g, ''), role: null };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new GivenValueError(`speaker must be a name or {name, role}, got ${JSON.stringify(value)}`);
  const { name, role, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) throw new GivenValueError(`speaker has unknown keys: ${extra.join(', ')} (known: name, role)`);
  if (isBlank(name)) throw new GivenValueError('speaker needs a name');
  // Names are written without internal spaces (李　强 → 李强), as the extractor and the gold files write them.
  return { name: oneLine('speaker.name', name).replace(/\s+/g, ''), role: isBlank(role) ? null : oneLine('speaker.role', role) };
}

// Keys of a sidecar that are not metadata: the gold files name their text and keep notes.
const IGNORED = (key: string): boolean => key === 'file' || key.startsWith('_');

/**
 * Given metadata from a record under the gold files' keys (a sidecar's JSON object, a dataset row
 * mapped to those keys). A null, missing or blank value is not given. Throws GivenValueError for a
 * key that is not a metadata field or a value that cannot be used.
 */
export function parseGivenMetadata(record: Record<string, unknown>): GivenMetadata {
  const unknown = Object.keys(record).filter((k) => !IGNORED(k) && !(METADATA_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new GivenValueError(`unknown keys: ${unknown.join(', ')} (known: ${METADATA_FIELDS.join(', ')})`);
  const given: GivenMetadata = {};
  for (const key of METADATA_FIELDS) {
    const value = record[key];
    if (isBlank(value)) continue;
    switch (key) {
      case 'title':
      case 'venue':
        given[key] = oneLine(key, value);
        break;
      case 'date': {
        const date = parseGivenDate(value);
        if (!date.ok) throw new GivenValueError(date.reason);
        given.date = date.date;
        break;
      }
      case 'speaker':
        given.speaker = givenSpeaker(value);
        break;
      case 'genre':
        given.genre = oneOf(key, value, GENRES);
        break;
      case 'level':
        given.level = oneOf(key, value, LEVELS);
        break;
      case 'place':
        given.place = givenPlace(value);
        break;
    }
  }
  return given;
}

/** The fields present in `given`, in METADATA_FIELDS order. */
export function givenFields(given: GivenMetadata): MetadataField[] {
  return METADATA_FIELDS.filter((f) => given[f] !== undefined);
}

/**
 * A hash of given metadata (fields in METADATA_FIELDS order, a place by its code): the same text
 * given other values is written again, given the same values it is unchanged.
 */
export function givenSha256(given: GivenMetadata): string {
  const canonical = METADATA_FIELDS.filter((f) => given[f] !== undefined).map((f) => [f, f === 'place' ? given.place!.code : given[f]]);
  return createHash('sha256').update(JSON.stringify(canonical), 'utf8').digest('hex');
}
