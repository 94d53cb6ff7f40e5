import type { SpeechFilterInput } from '../../../graph/read/createReadRepository.js';
import { speechPosition } from '../../../graph/read/speechPages.js';
import type { ApiContext } from '../context.js';
import { decodeKeyCursor, pageSize, toKeyConnection, type CursorKey } from '../pagination.js';

const SPEECH_KEY = ['s', 's'] as const;

/**
 * One page of speeches under a filter (null: a filter that keeps nothing) as a connection whose
 * cursors hold the list's sort key (date, id), shared by Query.speeches and Place.speeches.
 */
export async function speechConnection(ctx: ApiContext, filter: SpeechFilterInput | null, args: { first?: number | null; after?: string | null }) {
  const limit = pageSize(args.first, 20);
  const after = args.after ? decodeKeyCursor('speeches', args.after, SPEECH_KEY) : null;
  const position = after ? { date: String(after[0]), id: String(after[1]) } : null;
  // One more row than the page tells whether a next page exists.
  const page = filter ? await ctx.repo.speechesPage(filter, position, limit + 1) : { rows: [], total: async () => 0 };
  for (const row of page.rows) ctx.loaders.speech.prime(row.id, row);
  return toKeyConnection('speeches', page.total, page.rows, limit, after, (row): CursorKey => {
    const p = speechPosition(row);
    return [p.date, p.id];
  });
}
