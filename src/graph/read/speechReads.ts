import type { MentionLabel } from './nodeKeys.js';
import { speechPages, type SpeechPage, type SpeechPosition } from './speechPages.js';
import { groupBy, toSnippet, withoutText, type Reader, type Row } from './readRows.js';
import type { SectionRow, SnippetRow, SpeechFilterInput, SpeechRow, TargetRow } from './types.js';

export type { SpeechFilterInput } from './types.js';

/** Reads of speeches and what they hold; batch functions take many keys and make one query. */
export interface SpeechReads {
  /** Up to `limit` speeches after a position in the list (newest first, undated last, then id) that the filter keeps. */
  speechesPage(filter: SpeechFilterInput, after: SpeechPosition | null, limit: number): Promise<SpeechPage>;
  speechesByIds(ids: readonly string[]): Promise<SpeechRow[]>;
  /** The first `limit` sections of each speech in reading order (parents before children). */
  sectionsBySpeech(ids: readonly string[], limit: number): Promise<Map<string, SectionRow[]>>;
  /** The innermost section holding each offset of a speech, keyed by `sectionAtKey`; offsets outside every section are absent. */
  sectionsAt(keys: ReadonlyArray<{ speechId: string; offset: number }>): Promise<Map<string, string>>;
  /** Stored sizes of speeches' lists: the largest over all speeches, and those of the given speeches (null when not stored). */
  listSizes(ids: readonly string[]): Promise<{ largest: ListSizes; bySpeech: Map<string, ListSizes> }>;
  targetsBySpeech(label: MentionLabel, ids: readonly string[]): Promise<Map<string, TargetRow[]>>;
  snippetsBySpeech(label: MentionLabel, ids: readonly string[], limit: number): Promise<Map<string, SnippetRow[]>>;
}

/** Speech fields whose list sizes are stored on the speech. */
export const LIST_FIELDS = ['sections', 'slogans', 'meetings', 'persons', 'documents', 'terms'] as const;
/** A speech's list sizes by Speech field (null: not stored). */
export type ListSizes = Record<(typeof LIST_FIELDS)[number], number | null>;

/** The key of one offset of one speech in `sectionsAt`'s answer. */
export const sectionAtKey = (speechId: string, offset: number): string => `${offset}@${speechId}`;

/** The speech reads over a reader. */
export function speechReads(reader: Reader): SpeechReads {
  const { q, rows, int } = reader;
  return {
    speechesPage: speechPages(reader),
    speechesByIds: async (ids) => (await rows(q.speechesByIds, { ids })).map((r) => r.speech as SpeechRow),
    sectionsBySpeech: async (ids, limit) =>
      groupBy(await rows(q.sectionsBySpeech, { ids, limit: int(limit) }), 'speechId', (r) => r.section as SectionRow),
    sectionsAt: async (keys) =>
      new Map(
        (await rows(q.sectionsAt, { keys: keys.map((k) => ({ speechId: k.speechId, offset: int(k.offset) })) })).map((r) => [
          sectionAtKey(String(r.speechId), Number(r.offset)),
          String(r.sectionId),
        ]),
      ),
    listSizes: async (ids) => {
      const [row] = await rows(q.listSizes, { ids });
      const sizes = (raw: unknown): ListSizes =>
        Object.fromEntries(LIST_FIELDS.map((f) => [f, (raw as Row | null)?.[f] == null ? null : Number((raw as Row)[f])])) as ListSizes;
      return { largest: sizes(row?.largest), bySpeech: new Map(((row?.speeches ?? []) as Row[]).map((s) => [String(s.id), sizes(s)])) };
    },
    targetsBySpeech: async (label, ids) =>
      groupBy(await rows(q.speechTargets, { ids, label }), 'speechId', (r) => ({
        target: withoutText(r.target),
        count: Number(r.count ?? 0),
        weight: r.weight === null || r.weight === undefined ? null : Number(r.weight),
      })),
    snippetsBySpeech: async (label, ids, limit) =>
      new Map(
        (await rows(q.speechMentions, { ids, label, limit: int(limit) })).map((r) => {
          const speechId = String(r.speechId);
          return [speechId, (r.snippets as Row[]).map((mention) => toSnippet(speechId, mention))];
        }),
      ),
  };
}
