import { z } from 'zod';

// What a line of `tifa extract --jsonl` must hold before it is written to the graph. The lines
// are meant to come from the extractor, but a file can be edited by hand once its sha256 matches
// its text: each enum, name, count and offset is checked here, so a record cannot store a level
// "galactic" or a mention at offset 1e9 that every later read of its speech would trip over.

/** Longest name (slogan, meeting, person, term, heading) a record may carry. */
export const MAX_NAME_CHARS = 500;
/** Most entries of any list in a record (sentences of a long report are in the tens of thousands). */
export const MAX_LIST_ENTRIES = 1_000_000;

const offset = z.number().int().nonnegative();
// Ranges are plain object shapes spread into each record type, not intersections (`.and`): zod
// merges the two outputs of an intersection value by value, which made a record of a long report
// take tens of milliseconds to check.
const rangeShape = { start: offset, end: offset };
const ordered = (r: object) => (r as { start: number }).start <= (r as { end: number }).end;
const ranged = <S extends z.ZodRawShape>(shape: S) => z.object({ ...rangeShape, ...shape }).refine(ordered, 'start is after end');
const range = ranged({});
const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_CHARS);
const text = z.string().max(MAX_NAME_CHARS * 10);
const count = z.number().int().nonnegative();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ENTRIES);
const level = z.enum(['central', 'provincial', 'city', 'county', 'township']);
const placeRef = z.object({ code: z.string().regex(/^\d{6}$/, 'must be a GB/T 2260 code of six digits'), name, level });
const mention = ranged({ text: z.string().max(MAX_NAME_CHARS * 10), sectionId: z.string().max(100).nullable(), sentence: count });
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date');
const weight = z.number().finite();
const term = z.object({ term: name, weight, textrank: weight, count, mentions: list(mention) });

/** The schema of one extracted speech as a JSONL record (src/extract/types.ts, ExtractedSpeech). */
export function speechRecordSchema(maxTextBytes: number) {
  return z
    .object({
      source: z.string().min(1).max(4_096),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
      text: z.string().refine((t) => Buffer.byteLength(t, 'utf8') <= maxTextBytes, `is longer than ${maxTextBytes} bytes`),
      body: range,
      title: text,
      titleRange: range.nullable(),
      venue: text.nullable(),
      venueKey: text.nullable(),
      level: level.nullable(),
      place: placeRef.extend({ within: list(placeRef) }).nullable(),
      date: isoDate.nullable(),
      genre: z.enum(['speech', 'work_report', 'party_report', 'outline', 'news', 'other']),
      subtitle: text.nullable(),
      speaker: z.object({ name, role: text.nullable() }).nullable(),
      published: isoDate.nullable(),
      sections: list(
        ranged({
          id: z.string().min(1).max(100),
          parentId: z.string().max(100).nullable(),
          level: z.number().int().min(1).max(100),
          ordinal: z.number().int().min(1),
          marker: text,
          heading: text,
          inline: z.boolean(),
        }),
      ),
      sentences: list(range),
      slogans: list(z.object({ name, kind: z.enum(['NUMBERED', 'CATCHPHRASE', 'CODED']), count, variants: list(name), members: list(name), mentions: list(mention) })),
      meetings: list(
        z.object({ name, key: name, level: level.nullable(), anonymized: z.boolean(), congress: count.nullable(), session: count.nullable(), count, mentions: list(mention) }),
      ),
      documents: list(z.object({ title: name, kind: z.enum(['document', 'newspaper']), count, mentions: list(mention) })),
      persons: list(z.object({ name, count, mentions: list(mention) })),
      terms: list(term),
      sectionTerms: list(z.object({ sectionId: z.string().min(1).max(100), terms: list(term) })),
      diagnostics: list(z.object({ severity: z.enum(['error', 'warning', 'info']), code: z.string().max(100), message: z.string().max(10_000) }).passthrough()),
    })
    .superRefine((s, ctx) => {
      // Every offset must point into the text and every sentence index at a sentence.
      const length = s.text.length;
      const outside = (r: { start: number; end: number } | null, path: Array<string | number>) => {
        if (r && r.end > length) ctx.addIssue({ code: 'custom', path, message: `ends at ${r.end}, after the end of the text (${length})` });
      };
      outside(s.body, ['body']);
      outside(s.titleRange, ['titleRange']);
      s.sections.forEach((r, i) => outside(r, ['sections', i]));
      s.sentences.forEach((r, i) => outside(r, ['sentences', i]));
      const findings = { slogans: s.slogans, meetings: s.meetings, documents: s.documents, persons: s.persons, terms: s.terms } as const;
      for (const [key, items] of Object.entries(findings)) {
        items.forEach((item, i) =>
          item.mentions.forEach((m, j) => {
            outside(m, [key, i, 'mentions', j]);
            if (m.sentence >= s.sentences.length) ctx.addIssue({ code: 'custom', path: [key, i, 'mentions', j, 'sentence'], message: `names sentence ${m.sentence} of ${s.sentences.length}` });
          }),
        );
      }
    });
}

const schemas = new Map<number, ReturnType<typeof speechRecordSchema>>();

/** The first problem of a record as one line (`slogans.0.name: must not be empty`), or null when it is a valid record. */
export function speechRecordProblem(value: unknown, maxTextBytes: number): string | null {
  let schema = schemas.get(maxTextBytes);
  if (!schema) schemas.set(maxTextBytes, (schema = speechRecordSchema(maxTextBytes)));
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
