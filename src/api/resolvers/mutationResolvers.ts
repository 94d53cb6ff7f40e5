import { extractSpeech } from '../../extract/extractSpeech.js';
import { removeSpeeches } from '../../graph/removeSpeeches.js';
import { refreshDerivedData } from '../../graph/refreshDerivedData.js';
import { materialiseCooccurrence } from '../../graph/sloganCooccurrence.js';
import { speechIdOf } from '../../graph/speechRows.js';
import { writeSpeech } from '../../graph/writeSpeech.js';
import { requireMutationAccess } from '../auth.js';
import type { ApiContext } from '../context.js';
import { BadUserInputError } from '../errors.js';

/** Mutations: enabled only with a configured token, and then only for requests carrying it. */
export const Mutation = {
  async ingestSpeech(_: unknown, args: { text: string; title?: string | null; source?: string | null }, ctx: ApiContext) {
    requireMutationAccess(ctx.auth);
    if (args.text.trim() === '') throw new BadUserInputError('text must not be empty', 'text');
    if (Buffer.byteLength(args.text, 'utf8') > ctx.config.bodyLimitBytes) throw new BadUserInputError('text is larger than the body limit', 'text');
    const extracted = extractSpeech({ text: args.text, source: args.source?.trim() || 'graphql' });
    // Without a source, each text gets its own (same-source texts replace each other by design).
    const source = args.source?.trim() || `graphql:${speechIdOf(extracted.sha256)}`;
    const title = args.title?.trim() || extracted.title;
    const outcome = await writeSpeech(ctx.db, { ...extracted, source, title });
    // As `tifa ingest` does: search sees the speech at once, and co-occurrence keeps its fast path.
    const cooccurs = outcome.status === 'unchanged' ? undefined : await refreshDerivedData(ctx.db);
    ctx.logger.info({ speech: outcome.id, status: outcome.status, replaced: outcome.replaced, cooccurs }, 'ingested a speech over the API');
    ctx.loaders.speech.clear(outcome.id);
    return ctx.loaders.speech.load(outcome.id);
  },

  async removeSpeech(_: unknown, args: { id: string }, ctx: ApiContext) {
    requireMutationAccess(ctx.auth);
    const removed = await removeSpeeches(ctx.db, [args.id]);
    // As `tifa remove` does, so co-occurrence keeps its materialised fast path.
    if (removed.length > 0) {
      const cooccurs = await materialiseCooccurrence(ctx.db);
      ctx.logger.info({ speech: args.id, cooccurs }, 'removed a speech over the API');
    }
    ctx.loaders.speech.clear(args.id);
    return removed.includes(args.id);
  },
};
