import { normaliseText } from '../text/normalise.js';
import type { ExtractedSpeech } from '../types.js';

/**
 * The header metadata of one text, as annotated in a `NAME.meta.json` beside it (or in the header
 * keys of our gold files). `null` says the text gives none; a key left out (undefined) is not scored.
 */
export interface GoldMeta {
  file: string;
  genre?: string | null;
  title?: string | null;
  subtitle?: string | null;
  venue?: string | null;
  date?: string | null;
  published?: string | null;
  speaker?: { name: string; role: string | null } | null;
  level?: string | null;
  place?: string | null;
}

/** The fields a meta annotation is scored on, in table order (speaker = name and role both right). */
export const META_FIELDS = ['title', 'subtitle', 'venue', 'date', 'published', 'speaker', 'speakerName', 'level', 'place', 'genre'] as const;
export type MetaField = (typeof META_FIELDS)[number];

const STRING_FIELDS = ['genre', 'title', 'subtitle', 'venue', 'date', 'published', 'level', 'place'] as const;

/** One field compared: the annotation's value, the extractor's, and whether they agree (null: not annotated). */
export interface FieldScore {
  gold: string | null;
  found: string | null;
  right: boolean | null;
}

/** The score of one text against its meta annotation, field by field. */
export interface MetaScore {
  file: string;
  fields: Record<MetaField, FieldScore>;
}

/** Per field: texts annotated, texts right, and the share right among the annotated (0 when none). */
export interface MetaTotals {
  files: number;
  annotated: Record<MetaField, number>;
  right: Record<MetaField, number>;
  share: Record<MetaField, number>;
}

/**
 * The extractor's own normalisation (so 會議 as written in gold equals 会议 as read) and trivial
 * folding: Unicode compatibility forms (full-width digits and letters, ideographic space), every blank removed, so letter-spaced names (韦 韬) and stray spaces compare
 * equal, and the layout dash that opens a subtitle (——2026年…) dropped; anything else must match
 * exactly.
 */
export const normaliseMetaValue = (s: string): string =>
  normaliseText(s)
    .text.normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[—–-]+/, '');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Validates parsed JSON as a meta annotation; throws an Error naming the file and the bad field. */
export function parseMeta(json: unknown, file: string): GoldMeta {
  if (!isObject(json) || typeof json.file !== 'string') throw new Error(`${file}: meta annotation needs a "file" string`);
  const meta: GoldMeta = { file: json.file };
  for (const k of STRING_FIELDS) {
    const v = json[k];
    if (v !== undefined && v !== null && typeof v !== 'string') throw new Error(`${file}: meta field "${k}" must be a string or null`);
    if (v !== undefined) meta[k] = v as string | null;
  }
  const sp = json.speaker;
  if (sp !== undefined && sp !== null && !(isObject(sp) && typeof sp.name === 'string' && (sp.role === undefined || sp.role === null || typeof sp.role === 'string'))) {
    throw new Error(`${file}: meta field "speaker" must be {name, role} or null`);
  }
  if (sp !== undefined) meta.speaker = isObject(sp) ? { name: sp.name as string, role: stringOrNull(sp.role) } : null;
  return meta;
}

/**
 * The header fields as the extractor reports them, read defensively under the names the gold files use
 * (genre, subtitle, speaker {name, role}, published, place {name, code, level}): a field the
 * extractor does not produce yet reads as null and so scores as wrong until it exists.
 */
export function headerOf(speech: ExtractedSpeech): Record<Exclude<MetaField, 'speaker'> | 'role', string | null> {
  const raw = speech as unknown as Record<string, unknown>;
  const speaker = isObject(raw.speaker) ? raw.speaker : null;
  const place = raw.place;
  return {
    title: stringOrNull(raw.title) || null,
    subtitle: stringOrNull(raw.subtitle) || null,
    venue: stringOrNull(raw.venue),
    date: stringOrNull(raw.date),
    published: stringOrNull(raw.published),
    speakerName: speaker ? stringOrNull(speaker.name) : null,
    role: speaker ? stringOrNull(speaker.role) : null,
    level: stringOrNull(raw.level),
    place: isObject(place) ? stringOrNull(place.name) : stringOrNull(place),
    genre: stringOrNull(raw.genre),
  };
}

/** Equal after normalisation; a null in gold expects none; an undefined gold value is not scored. */
function compare(gold: string | null | undefined, found: string | null): FieldScore {
  if (gold === undefined) return { gold: null, found, right: null };
  const right = gold === null ? found === null : found !== null && normaliseMetaValue(gold) === normaliseMetaValue(found);
  return { gold, found, right };
}

/** Compares the extractor's header fields with the annotation, field by field. */
export function scoreMeta(gold: GoldMeta, speech: ExtractedSpeech): MetaScore {
  const h = headerOf(speech);
  const sp = gold.speaker;
  const name = compare(sp === undefined ? undefined : (sp?.name ?? null), h.speakerName);
  const role = compare(sp === undefined ? undefined : (sp?.role ?? null), h.role);
  const show = (n: string | null, r: string | null): string | null => (n === null && r === null ? null : [r, n].filter((x) => x !== null).join(' '));
  return {
    file: gold.file,
    fields: {
      title: compare(gold.title, h.title),
      subtitle: compare(gold.subtitle, h.subtitle),
      venue: compare(gold.venue, h.venue),
      date: compare(gold.date, h.date),
      published: compare(gold.published, h.published),
      speaker: { gold: show(sp?.name ?? null, sp?.role ?? null), found: show(h.speakerName, h.role), right: name.right === null ? null : name.right && role.right },
      speakerName: name,
      level: compare(gold.level, h.level),
      place: compare(gold.place, h.place),
      genre: compare(gold.genre, h.genre),
    },
  };
}

/** Counts annotated and right fields over texts, and the share right among the annotated. */
export function metaTotals(scores: MetaScore[]): MetaTotals {
  const per = (count: (f: FieldScore) => boolean) =>
    Object.fromEntries(META_FIELDS.map((f) => [f, scores.filter((s) => count(s.fields[f])).length])) as Record<MetaField, number>;
  const annotated = per((f) => f.right !== null);
  const right = per((f) => f.right === true);
  const share = Object.fromEntries(META_FIELDS.map((f) => [f, annotated[f] === 0 ? 0 : right[f] / annotated[f]])) as Record<MetaField, number>;
  return { files: scores.length, annotated, right, share };
}
