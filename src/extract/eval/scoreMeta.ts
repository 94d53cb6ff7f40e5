import type { ExtractedSpeech } from '../types.js';

/** The header metadata of one text, as annotated in a `NAME.meta.json` beside it. */
export interface GoldMeta {
  file: string;
  genre: string | null;
  title: string | null;
  venue: string | null;
  date: string | null;
  speaker: { name: string; role: string | null } | null;
  level: string | null;
  place: string | null;
}

/** The fields a meta annotation is scored on, in table order (speaker = name and role both right). */
export const META_FIELDS = ['title', 'venue', 'date', 'speaker', 'speakerName', 'level', 'place', 'genre'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** One field compared: the annotation's value, the extractor's, and whether they agree. */
export interface FieldScore {
  gold: string | null;
  found: string | null;
  right: boolean;
}

/** The score of one text against its meta annotation, field by field. */
export interface MetaScore {
  file: string;
  fields: Record<MetaField, FieldScore>;
}

/** Share of texts with a field right, per field (micro over texts). */
export interface MetaTotals {
  files: number;
  right: Record<MetaField, number>;
  share: Record<MetaField, number>;
}

/**
 * Trivial normalisation only: Unicode compatibility forms folded (full-width digits and letters,
 * ideographic space) and every blank removed, so letter-spaced names (韦 韬) and stray spaces
 * compare equal; anything else must match exactly.
 */
export const normaliseMetaValue = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Validates parsed JSON as a meta annotation; throws an Error naming the file and the bad field. */
export function parseMeta(json: unknown, file: string): GoldMeta {
  if (!isObject(json) || typeof json.file !== 'string') throw new Error(`${file}: meta annotation needs a "file" string`);
  for (const k of ['genre', 'title', 'venue', 'date', 'level', 'place'] as const) {
    const v = json[k];
    if (v !== undefined && v !== null && typeof v !== 'string') throw new Error(`${file}: meta field "${k}" must be a string or null`);
  }
  const sp = json.speaker;
  if (sp !== undefined && sp !== null && !(isObject(sp) && typeof sp.name === 'string' && (sp.role === undefined || sp.role === null || typeof sp.role === 'string'))) {
    throw new Error(`${file}: meta field "speaker" must be {name, role} or null`);
  }
  return {
    file: json.file,
    genre: stringOrNull(json.genre),
    title: stringOrNull(json.title),
    venue: stringOrNull(json.venue),
    date: stringOrNull(json.date),
    speaker: isObject(sp) ? { name: sp.name as string, role: stringOrNull(sp.role) } : null,
    level: stringOrNull(json.level),
    place: stringOrNull(json.place),
  };
}

/**
 * The header fields as the extractor reports them, read defensively under the names issue 8 gives
 * them (genre, speaker {name, role}, place {name, code, level}): a field the extractor does not
 * produce yet reads as null and so scores as wrong until it exists.
 */
export function headerOf(speech: ExtractedSpeech): Record<Exclude<MetaField, 'speaker'> | 'role', string | null> {
  const raw = speech as unknown as Record<string, unknown>;
  const speaker = isObject(raw.speaker) ? raw.speaker : null;
  const place = raw.place;
  return {
    title: stringOrNull(raw.title) || null,
    venue: stringOrNull(raw.venue),
    date: stringOrNull(raw.date),
    speakerName: speaker ? stringOrNull(speaker.name) : null,
    role: speaker ? stringOrNull(speaker.role) : null,
    level: stringOrNull(raw.level),
    place: isObject(place) ? stringOrNull(place.name) : stringOrNull(place),
    genre: stringOrNull(raw.genre),
  };
}

function compare(gold: string | null, found: string | null): FieldScore {
  const right = gold === null ? found === null : found !== null && normaliseMetaValue(gold) === normaliseMetaValue(found);
  return { gold, found, right };
}

/** Compares the extractor's header fields with the annotation; a null in gold expects a null. */
export function scoreMeta(gold: GoldMeta, speech: ExtractedSpeech): MetaScore {
  const h = headerOf(speech);
  const name = compare(gold.speaker?.name ?? null, h.speakerName);
  const role = compare(gold.speaker?.role ?? null, h.role);
  const show = (n: string | null, r: string | null): string | null => (n === null && r === null ? null : [r, n].filter((x) => x !== null).join(' '));
  return {
    file: gold.file,
    fields: {
      title: compare(gold.title, h.title),
      venue: compare(gold.venue, h.venue),
      date: compare(gold.date, h.date),
      speaker: { gold: show(gold.speaker?.name ?? null, gold.speaker?.role ?? null), found: show(h.speakerName, h.role), right: name.right && role.right },
      speakerName: name,
      level: compare(gold.level, h.level),
      place: compare(gold.place, h.place),
      genre: compare(gold.genre, h.genre),
    },
  };
}

/** Counts right fields over texts and their share (0 when there are no texts). */
export function metaTotals(scores: MetaScore[]): MetaTotals {
  const right = Object.fromEntries(META_FIELDS.map((f) => [f, scores.filter((s) => s.fields[f].right).length])) as Record<MetaField, number>;
  const share = Object.fromEntries(META_FIELDS.map((f) => [f, scores.length === 0 ? 0 : right[f] / scores.length])) as Record<MetaField, number>;
  return { files: scores.length, right, share };
}
