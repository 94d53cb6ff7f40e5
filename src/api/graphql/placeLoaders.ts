import DataLoader from 'dataloader';
import type { PlaceRow, PlaceSloganRow, SpeakerRow } from '../../graph/read/placeReads.js';
import type { ReadRepository } from '../../graph/read/createReadRepository.js';

/** Per-request loaders of places, their top slogans, and each speech's place and speaker. */
export interface PlaceLoaders {
  byCode: DataLoader<string, PlaceRow | null>;
  /** Every place of that official name (rarely more than one). */
  byName: DataLoader<string, PlaceRow[]>;
  topSlogans: (limit: number) => DataLoader<string, PlaceSloganRow[]>;
  ofSpeech: DataLoader<string, PlaceRow | null>;
  speakerOfSpeech: DataLoader<string, SpeakerRow | null>;
}

/** Builds the place loaders of one request; each batch is one query. */
export function createPlaceLoaders(repo: ReadRepository): PlaceLoaders {
  const topSlogans = new Map<number, DataLoader<string, PlaceSloganRow[]>>();
  const loaders: PlaceLoaders = {
    byCode: new DataLoader(async (codes) => {
      const found = new Map((await repo.placesByKeys(codes, [])).map((p) => [p.code, p]));
      return codes.map((c) => found.get(c) ?? null);
    }),
    byName: new DataLoader(async (names) => {
      const rows = await repo.placesByKeys([], names);
      for (const p of rows) loaders.byCode.prime(p.code, p);
      return names.map((n) => rows.filter((p) => p.name === n));
    }),
    topSlogans: (limit) => {
      let loader = topSlogans.get(limit);
      if (!loader) {
        loader = new DataLoader(async (codes) => {
          const found = await repo.topSlogansByPlace(codes, limit);
          return codes.map((c) => found.get(c) ?? []);
        });
        topSlogans.set(limit, loader);
      }
      return loader;
    },
    ofSpeech: new DataLoader(async (ids) => {
      const found = await repo.placesBySpeech(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    speakerOfSpeech: new DataLoader(async (ids) => {
      const found = await repo.speakersBySpeech(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
  return loaders;
}
