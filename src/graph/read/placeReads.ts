import neo4j from 'neo4j-driver';
import { loadCypherSet } from '../cypherFiles.js';
import type { Page } from './types.js';

/** A place with its parent's code and the number of speeches from it or any place inside it. */
export interface PlaceRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  /** Absent where the query does not count (a speech's own place). */
  speeches?: number;
}

/** A slogan with how many of a place's speeches use it and how often. */
export interface PlaceSloganRow {
  name: string;
  kind: string;
  speeches: number;
  mentions: number;
}

/** Who gave a speech, with the role written in it. */
export interface SpeakerRow {
  name: string;
  role: string | null;
}

/** The reads about places and speakers; batch functions take many keys and make one query. */
export interface PlaceReads {
  /** Up to `limit` places by code, after the code `after` (null: from the start). */
  placesPage(filter: { level: string | null; parent: string | null }, after: string | null, limit: number): Promise<Page<PlaceRow>>;
  /** Places by code and by official name (a name may give several). */
  placesByKeys(codes: readonly string[], names: readonly string[]): Promise<PlaceRow[]>;
  topSlogansByPlace(codes: readonly string[], limit: number): Promise<Map<string, PlaceSloganRow[]>>;
  placesBySpeech(ids: readonly string[]): Promise<Map<string, PlaceRow>>;
  speakersBySpeech(ids: readonly string[]): Promise<Map<string, SpeakerRow>>;
}

type Row = Record<string, unknown>;

const CYPHER = loadCypherSet({
  placesPage: 'read/placesPage',
  placesByKeys: 'read/placesByKeys',
  placeTopSlogans: 'read/placeTopSlogans',
  placesBySpeech: 'read/placesBySpeech',
  speakersBySpeech: 'read/speakersBySpeech',
});

const asPlace = (r: unknown): PlaceRow => {
  const p = r as Row;
  const row: PlaceRow = { code: String(p.code), name: String(p.name), level: String(p.level), parentCode: (p.parentCode as string | null) ?? null };
  if (p.speeches !== undefined) row.speeches = Number(p.speeches);
  return row;
};

/** Place reads over a row runner (the read repository's, so values are already plain). */
export function createPlaceReads(rows: (cypher: string, params: Row) => Promise<Row[]>): PlaceReads {
  const int = (n: number) => neo4j.int(n);
  return {
    placesPage: async (f, after, limit) => {
      const [row] = await rows(CYPHER.placesPage, { level: f.level, parent: f.parent, afterCode: after, limit: int(limit) });
      return { total: Number(row?.total ?? 0), rows: ((row?.rows ?? []) as unknown[]).map(asPlace) };
    },
    placesByKeys: async (codes, names) => (await rows(CYPHER.placesByKeys, { codes, names })).map((r) => asPlace(r.place)),
    topSlogansByPlace: async (codes, limit) =>
      new Map(
        (await rows(CYPHER.placeTopSlogans, { codes, limit: int(limit) })).map((r) => [
          String(r.code),
          (r.slogans as Row[]).map((s) => ({ name: String(s.name), kind: String(s.kind), speeches: Number(s.speeches), mentions: Number(s.mentions) })),
        ]),
      ),
    placesBySpeech: async (ids) => new Map((await rows(CYPHER.placesBySpeech, { ids })).map((r) => [String(r.speechId), asPlace(r.place)])),
    speakersBySpeech: async (ids) =>
      new Map(
        (await rows(CYPHER.speakersBySpeech, { ids })).map((r) => {
          const s = r.speaker as Row;
          return [String(r.speechId), { name: String(s.name), role: (s.role as string | null) ?? null }];
        }),
      ),
  };
}
