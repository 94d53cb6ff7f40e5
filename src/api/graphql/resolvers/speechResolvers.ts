import { keyOf, type MentionLabel } from '../../../graph/read/nodeKeys.js';
import type { SnippetRow, SpeechRow, TargetRow } from '../../../graph/read/types.js';
import type { ApiContext } from '../context.js';
import { pageSize } from '../pagination.js';
import { METADATA_FIELDS } from '../../../app/metadata/givenMetadata.js';
import { buildSectionTree, MAX_SECTIONS } from '../../../app/views/sectionTree.js';

type Args = Record<string, unknown>;

/** A mention as the schema's MentionSnippet resolves (kind is the graph label; the enum maps it). */
export function toMentionSnippet(kind: MentionLabel, row: SnippetRow) {
  return {
    kind,
    target: keyOf(kind, row.target),
    text: row.text,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    offset: row.offset,
    speechId: row.speechId,
  };
}

const targets = (ctx: ApiContext, label: MentionLabel, speech: SpeechRow): Promise<TargetRow[]> => ctx.loaders.targets(label).load(speech.id);

/** Speech fields: every relationship goes through a per-request loader keyed by speech id. */
export const Speech = {
  title: (s: SpeechRow) => s.title ?? '',
  metadataSources: (s: SpeechRow) => Object.fromEntries(METADATA_FIELDS.map((f) => [f, s.givenFields?.includes(f) ? 'GIVEN' : 'EXTRACTED'])),
  venue: (s: SpeechRow, _: Args, ctx: ApiContext) => ctx.loaders.venue.load(s.id),
  place: (s: SpeechRow, _: Args, ctx: ApiContext) => ctx.loaders.places.ofSpeech.load(s.id),
  speaker: (s: SpeechRow, _: Args, ctx: ApiContext) => ctx.loaders.places.speakerOfSpeech.load(s.id),
  sections: async (s: SpeechRow, args: { first?: number }, ctx: ApiContext) =>
    buildSectionTree(await ctx.loaders.sections(pageSize(args.first, 200, 'first', MAX_SECTIONS)).load(s.id)),
  slogans: async (s: SpeechRow, _: Args, ctx: ApiContext) =>
    (await targets(ctx, 'Slogan', s)).map((t) => ({ slogan: { name: t.target.name, kind: t.target.kind }, count: t.count })),
  meetings: async (s: SpeechRow, _: Args, ctx: ApiContext) =>
    (await targets(ctx, 'Meeting', s)).map((t) => ({ meeting: t.target, count: t.count })),
  terms: async (s: SpeechRow, args: { first?: number }, ctx: ApiContext) => {
    const first = pageSize(args.first, 20);
    const rows = await targets(ctx, 'Term', s);
    return [...rows]
      .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || b.count - a.count)
      .slice(0, first)
      .map((t) => ({ term: t.target.name, count: t.count, weight: t.weight ?? 0 }));
  },
  persons: async (s: SpeechRow, _: Args, ctx: ApiContext) => (await targets(ctx, 'Person', s)).map((t) => ({ name: t.target.name, count: t.count })),
  documents: async (s: SpeechRow, _: Args, ctx: ApiContext) =>
    (await targets(ctx, 'Document', s)).map((t) => ({ title: t.target.title, kind: t.target.kind ?? 'document', count: t.count })),
  mentions: async (s: SpeechRow, args: { kind: MentionLabel; first?: number }, ctx: ApiContext) =>
    (await ctx.loaders.snippets(args.kind, pageSize(args.first, 100)).load(s.id)).map((row) => toMentionSnippet(args.kind, row)),
};

/** MentionSnippet.sectionId: the innermost section containing the mention (batched; read without loading the speech's other sections). */
export const MentionSnippet = {
  sectionId: (m: { speechId: string; offset: number }, _: Args, ctx: ApiContext) => ctx.loaders.sectionAt.load({ speechId: m.speechId, offset: m.offset }),
};

/** Counted relationships resolve their node through loaders only when the client asks for more than the key. */
export const MeetingCount = {
  meeting: (m: { meeting: Record<string, unknown> }) => m.meeting,
};
