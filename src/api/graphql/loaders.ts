import DataLoader from 'dataloader';
import type { MentionLabel, ReadRepository } from '../../graph/read/createReadRepository.js';
import { sectionAtKey } from '../../graph/read/speechReads.js';
import type { MeetingRow, SectionRow, SloganDetailsRow, SloganRow, SnippetRow, SpeechRow, TargetRow } from '../../graph/read/types.js';
import type { CooccurrenceOptions, CooccurrencePair } from '../../graph/cooccurrence/types.js';
import type { CooccurrenceAnswer } from './analyticsCache.js';
import { createPlaceLoaders, type PlaceLoaders } from './placeLoaders.js';

// One DataLoader per distinct argument set (e.g. per `first`), made on first use within the request.
function family<A extends unknown[], L>(make: (...args: A) => L): (...args: A) => L {
  const made = new Map<string, L>();
  return (...args) => {
    const key = JSON.stringify(args);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(...args)));
    return loader;
  };
}

// Batch functions get keys; these helpers put the answers back in key order, as DataLoader requires.
function byKey<V>(keys: readonly string[], found: ReadonlyMap<string, V>, missing: V): V[] {
  return keys.map((k) => found.get(k) ?? missing);
}

/** The per-request DataLoaders: every relationship field resolves through one of these (one query per batch). */
export interface Loaders {
  speech: DataLoader<string, SpeechRow | null>;
  /** The first `limit` sections of a speech, in reading order. */
  sections: (limit: number) => DataLoader<string, SectionRow[]>;
  /** The innermost section holding an offset of a speech (null outside every section). */
  sectionAt: DataLoader<{ speechId: string; offset: number }, string | null, string>;
  venue: DataLoader<string, MeetingRow | null>;
  targets: (label: MentionLabel) => DataLoader<string, TargetRow[]>;
  snippets: (label: MentionLabel, limit: number) => DataLoader<string, SnippetRow[]>;
  /** By canonical or variant name. */
  slogan: DataLoader<string, SloganRow | null>;
  sloganDetails: DataLoader<string, SloganDetailsRow | null>;
  speechesBySlogan: (limit: number) => DataLoader<string, SpeechRow[]>;
  contexts: (limit: number) => DataLoader<string, SnippetRow[]>;
  meeting: DataLoader<string, MeetingRow | null>;
  speechesByMeeting: (delivered: boolean, limit: number) => DataLoader<string, SpeechRow[]>;
  /** Pairs containing one slogan; not batchable across slogans, but deduplicated within the request. */
  cooccurring: (opts: Omit<CooccurrenceOptions, 'slogan'>) => DataLoader<string, CooccurrencePair[]>;
  places: PlaceLoaders;
}

/** Builds fresh loaders for one request (no caching across requests, so no stale reads after a mutation). */
export function createLoaders(repo: ReadRepository, cooccurrence: (opts: CooccurrenceOptions) => Promise<CooccurrenceAnswer>): Loaders {
  const loaders: Loaders = {
    speech: new DataLoader(async (ids) => {
      const rows = await repo.speechesByIds(ids);
      return byKey(ids, new Map(rows.map((r) => [r.id, r])), null);
    }),
    sections: family((limit: number) => new DataLoader(async (ids) => byKey(ids, await repo.sectionsBySpeech(ids, limit), []))),
    sectionAt: new DataLoader(
      async (keys) => {
        const found = await repo.sectionsAt(keys);
        return keys.map((k) => found.get(sectionAtKey(k.speechId, k.offset)) ?? null);
      },
      { cacheKeyFn: (k) => sectionAtKey(k.speechId, k.offset) },
    ),
    venue: new DataLoader(async (ids) => byKey(ids, await repo.venuesBySpeech(ids), null)),
    targets: family((label: MentionLabel) => new DataLoader(async (ids) => byKey(ids, await repo.targetsBySpeech(label, ids), []))),
    snippets: family(
      (label: MentionLabel, limit: number) => new DataLoader(async (ids) => byKey(ids, await repo.snippetsBySpeech(label, ids, limit), [])),
    ),
    slogan: new DataLoader(async (names) => byKey(names, await repo.slogansByName(names), null)),
    sloganDetails: new DataLoader(async (names) => byKey(names, await repo.sloganDetails(names), null)),
    speechesBySlogan: family((limit: number) => new DataLoader(async (names) => byKey(names, await repo.speechesBySlogan(names, limit), []))),
    contexts: family((limit: number) => new DataLoader(async (names) => byKey(names, await repo.contextsBySlogan(names, limit), []))),
    meeting: new DataLoader(async (keys) => {
      const rows = await repo.meetingsByKeys(keys);
      return byKey(keys, new Map(rows.map((r) => [r.key, r])), null);
    }),
    speechesByMeeting: family(
      (delivered: boolean, limit: number) => new DataLoader(async (keys) => byKey(keys, await repo.speechesByMeeting(keys, delivered, limit), [])),
    ),
    places: createPlaceLoaders(repo),
    cooccurring: family(
      (opts: Omit<CooccurrenceOptions, 'slogan'>) =>
        new DataLoader(async (names) =>
          Promise.all(
            names.map(async (slogan) => {
              const answer = await cooccurrence({ ...opts, slogan });
              primeSlogans(answer);
              return answer.pairs;
            }),
          ),
        ),
    ),
  };
  // The answer names its slogans: a later `slogan(name:)` or field in this request needs no query for them.
  const primeSlogans = (answer: CooccurrenceAnswer) => {
    for (const s of answer.slogans) loaders.slogan.prime(s.name, s);
  };
  return loaders;
}
