import { toSnippet, type Reader, type Row } from './readRows.js';
import type { Page, SloganDetailsRow, SloganRow, SnippetRow, SpeechRow } from './types.js';

/** Reads of slogans; batch functions take many names and make one query. */
export interface SloganReads {
  /** Keyed by the name asked for (canonical or variant). */
  slogansByName(names: readonly string[]): Promise<Map<string, SloganRow>>;
  sloganDetails(names: readonly string[]): Promise<Map<string, SloganDetailsRow>>;
  /** Up to `limit` slogans in the order, after the keyset position `after` ([key, name]; null: from the start). */
  slogansPage(
    opts: { kind: string | null; minSpeeches: number | null; orderBy: string },
    after: readonly [number, string] | null,
    limit: number,
  ): Promise<Page<SloganRow & { speeches: number; mentions: number }>>;
  speechesBySlogan(names: readonly string[], limit: number): Promise<Map<string, SpeechRow[]>>;
  contextsBySlogan(names: readonly string[], limit: number): Promise<Map<string, SnippetRow[]>>;
}

/** The slogan reads over a reader. */
export function sloganReads({ q, rows, page, int }: Reader): SloganReads {
  return {
    slogansByName: async (names) => new Map((await rows(q.slogansByName, { names })).map((r) => [String(r.name), r.slogan as SloganRow])),
    sloganDetails: async (names) => new Map((await rows(q.sloganDetails, { names })).map((r) => [String(r.name), r as unknown as SloganDetailsRow])),
    slogansPage: (opts, after, limit) =>
      page(q.slogansPage, {
        kind: opts.kind,
        minSpeeches: opts.minSpeeches === null ? null : int(opts.minSpeeches),
        orderBy: opts.orderBy,
        afterKey: after === null ? null : int(after[0]),
        afterName: after === null ? null : after[1],
        limit: int(limit),
      }),
    speechesBySlogan: async (names, limit) =>
      new Map((await rows(q.speechesBySlogan, { names, limit: int(limit) })).map((r) => [String(r.name), r.speeches as SpeechRow[]])),
    contextsBySlogan: async (names, limit) =>
      new Map(
        (await rows(q.sloganContexts, { names, limit: int(limit) })).map((r) => [
          String(r.name),
          (r.snippets as Row[]).map((mention) => toSnippet(String(mention.speechId), mention)),
        ]),
      ),
  };
}
