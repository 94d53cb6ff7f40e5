import neo4j from 'neo4j-driver';
import type { Database } from '../database.js';
import { recordToPlain } from '../toPlain.js';
import { graphVersion } from './graphVersion.js';
import { createPlaceReads, type PlaceReads } from './placeReads.js';
import { loadReadCypher } from './readCypher.js';
import type { MentionLabel } from './nodeKeys.js';
import type {
  MeetingRow,
  Page,
  SearchRow,
  SectionRow,
  SloganDetailsRow,
  SloganRow,
  SnippetRow,
  SpeechRow,
  TargetRow,
  TermRow,
  WalkEdge,
  WalkNode,
} from './types.js';

/** Filter of the speech list; `slogan` may be a variant name. */
export interface SpeechFilterInput {
  slogan?: string | null;
  meeting?: string | null;
  level?: string | null;
  text?: string | null;
  /** Place code: speeches from it or any place inside it. */
  place?: string | null;
  genre?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** Labels a speech can mention. */
export type { MentionLabel };

/** Every read the API makes; batch functions take many keys and make exactly one database query. */
export interface ReadRepository extends PlaceReads {
  speechesPage(filter: SpeechFilterInput, skip: number, limit: number): Promise<Page<SpeechRow>>;
  speechesByIds(ids: readonly string[]): Promise<SpeechRow[]>;
  sectionsBySpeech(ids: readonly string[]): Promise<Map<string, SectionRow[]>>;
  targetsBySpeech(label: MentionLabel, ids: readonly string[]): Promise<Map<string, TargetRow[]>>;
  snippetsBySpeech(label: MentionLabel, ids: readonly string[], limit: number): Promise<Map<string, SnippetRow[]>>;
  /** Keyed by the name asked for (canonical or variant). */
  slogansByName(names: readonly string[]): Promise<Map<string, SloganRow>>;
  sloganDetails(names: readonly string[]): Promise<Map<string, SloganDetailsRow>>;
  slogansPage(
    opts: { kind: string | null; minSpeeches: number | null; orderBy: string },
    skip: number,
    limit: number,
  ): Promise<Page<SloganRow & { speeches: number; mentions: number }>>;
  speechesBySlogan(names: readonly string[], limit: number): Promise<Map<string, SpeechRow[]>>;
  contextsBySlogan(names: readonly string[], limit: number): Promise<Map<string, SnippetRow[]>>;
  meetingsPage(level: string | null, skip: number, limit: number): Promise<Page<MeetingRow>>;
  meetingsByKeys(keys: readonly string[]): Promise<MeetingRow[]>;
  venuesBySpeech(ids: readonly string[]): Promise<Map<string, MeetingRow>>;
  speechesByMeeting(keys: readonly string[], delivered: boolean, limit: number): Promise<Map<string, SpeechRow[]>>;
  topTerms(speechId: string | null, limit: number): Promise<TermRow[]>;
  search(index: string, query: string, limit: number): Promise<SearchRow[]>;
  graphSeed(label: string, key: string): Promise<WalkNode | null>;
  graphExpand(frontier: readonly string[], labels: readonly string[], limit: number): Promise<Array<{ node: WalkNode; edge: WalkEdge }>>;
  /** A stamp that changes with every committed write (the last transaction's bookmark). */
  graphVersion(): Promise<string>;
}

type Row = Record<string, unknown>;

function groupBy<T>(rows: Row[], key: string, value: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(value(row));
  }
  return out;
}

function withoutText(props: unknown): Record<string, unknown> {
  const { text: _text, ...rest } = (props ?? {}) as Record<string, unknown>;
  return rest;
}

// Offsets come absolute in the speech text; the client wants them relative to the sentence.
function toSnippet(speechId: string, r: Row): SnippetRow {
  const from = Number(r.from);
  const start = Number(r.start) - from;
  const end = Number(r.end) - from;
  const sentence = String(r.sentence ?? '');
  return { target: withoutText(r.target), speechId, offset: Number(r.start), sentence, start, end, text: sentence.slice(start, end) };
}

/** Builds the read repository over a database; loads every read query now, so a missing file fails start-up. */
export function createReadRepository(db: Database): ReadRepository {
  const q = loadReadCypher();
  const int = (n: number) => neo4j.int(n);
  const rows = (cypher: string, params: Row): Promise<Row[]> =>
    db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => recordToPlain<Row>(r)));
  const page = async <T>(cypher: string, params: Row): Promise<Page<T>> => {
    const [row] = await rows(cypher, params);
    return { total: Number(row?.total ?? 0), rows: (row?.rows ?? []) as T[] };
  };

  return {
    ...createPlaceReads(rows),
    speechesPage: (f, skip, limit) =>
      page(q.speechesPage, {
        level: f.level ?? null,
        text: f.text ?? null,
        slogan: f.slogan ?? null,
        meeting: f.meeting ?? null,
        place: f.place ?? null,
        genre: f.genre ?? null,
        dateFrom: f.dateFrom ?? null,
        dateTo: f.dateTo ?? null,
        skip: int(skip),
        limit: int(limit),
      }),
    speechesByIds: async (ids) => (await rows(q.speechesByIds, { ids })).map((r) => r.speech as SpeechRow),
    sectionsBySpeech: async (ids) =>
      groupBy(await rows(q.sectionsBySpeech, { ids }), 'speechId', (r) => r.section as SectionRow),
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
          return [speechId, (r.snippets as Row[]).map((x) => toSnippet(speechId, x))];
        }),
      ),
    slogansByName: async (names) =>
      new Map((await rows(q.slogansByName, { names })).map((r) => [String(r.name), r.slogan as SloganRow])),
    sloganDetails: async (names) =>
      new Map((await rows(q.sloganDetails, { names })).map((r) => [String(r.name), r as unknown as SloganDetailsRow])),
    slogansPage: (o, skip, limit) =>
      page(q.slogansPage, {
        kind: o.kind,
        minSpeeches: o.minSpeeches === null ? null : int(o.minSpeeches),
        orderBy: o.orderBy,
        skip: int(skip),
        limit: int(limit),
      }),
    speechesBySlogan: async (names, limit) =>
      new Map((await rows(q.speechesBySlogan, { names, limit: int(limit) })).map((r) => [String(r.name), r.speeches as SpeechRow[]])),
    contextsBySlogan: async (names, limit) =>
      new Map(
        (await rows(q.sloganContexts, { names, limit: int(limit) })).map((r) => [
          String(r.name),
          (r.snippets as Row[]).map((x) => toSnippet(String(x.speechId), x)),
        ]),
      ),
    meetingsPage: (level, skip, limit) => page(q.meetingsPage, { level, skip: int(skip), limit: int(limit) }),
    meetingsByKeys: async (keys) => (await rows(q.meetingsByKeys, { keys })).map((r) => r.meeting as MeetingRow),
    venuesBySpeech: async (ids) =>
      new Map((await rows(q.venuesBySpeech, { ids })).map((r) => [String(r.speechId), r.meeting as MeetingRow])),
    speechesByMeeting: async (keys, delivered, limit) =>
      new Map(
        (await rows(q.speechesByMeeting, { keys, delivered, limit: int(limit) })).map((r) => [String(r.key), r.speeches as SpeechRow[]]),
      ),
    topTerms: async (speechId, limit) =>
      (await rows(q.topTerms, { speechId, limit: int(limit) })).map((r) => ({
        term: String(r.term),
        count: Number(r.count),
        weight: Number(r.weight),
      })),
    search: async (index, query, limit) =>
      (await rows(q.search, { index, query, limit: int(limit) })).map((r) => ({
        labels: r.labels as string[],
        props: withoutText(r.props),
        score: Number(r.score),
        speechId: (r.speechId as string | null) ?? null,
      })),
    graphSeed: async (label, key) => {
      const [r] = await rows(q.graphSeed, { label, key });
      return r ? { eid: String(r.eid), labels: r.labels as string[], props: withoutText(r.props) } : null;
    },
    graphVersion: () => graphVersion(db, q.graphVersion),
    graphExpand: async (frontier, labels, limit) =>
      (await rows(q.graphExpand, { frontier, labels, limit: int(limit) })).map((r) => {
        const from = String(r.from);
        const eid = String(r.eid);
        return {
          node: { eid, labels: r.labels as string[], props: withoutText(r.props) },
          edge: {
            source: r.outgoing ? from : eid,
            target: r.outgoing ? eid : from,
            type: String(r.relType),
            props: (r.relProps ?? {}) as Record<string, unknown>,
          },
        };
      }),
  };
}
