import { ingestText } from '../../../app/ingestText.js';
import { removeSpeeches } from '../../../app/removeSpeeches.js';
import { requireMutationAccess } from '../mutationAccess.js';
import type { ApiContext } from '../context.js';

/** Mutations: enabled only with a configured token, and then only for requests carrying it; the work is the application layer's (its InputErrors are BAD_USER_INPUT, see errors.ts). */
export const Mutation = {
  async ingestSpeech(_: unknown, args: { text: string; title?: string | null; source?: string | null }, ctx: ApiContext) {
    requireMutationAccess(ctx.auth);
    const outcome = await ingestText(ctx.db, args.text, { title: args.title, source: args.source }, { maxBytes: ctx.config.maxTextBytes }, ctx.extractText);
    ctx.logger.info({ speech: outcome.id, source: outcome.source, status: outcome.status, replaced: outcome.replaced }, 'ingested a speech over the API');
    ctx.loaders.speech.clear(outcome.id);
    return ctx.loaders.speech.load(outcome.id);
  },

  async removeSpeech(_: unknown, args: { id: string }, ctx: ApiContext) {
    requireMutationAccess(ctx.auth);
    const { removed, cooccurs } = await removeSpeeches(ctx.db, { id: args.id });
    if (removed.length > 0) ctx.logger.info({ speech: args.id, cooccurs }, 'removed a speech over the API');
    ctx.loaders.speech.clear(args.id);
    return removed.length > 0;
  },
};
