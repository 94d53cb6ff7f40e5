// Builds ExtractedSpeech objects by hand (exact-match "extraction" over a small known lexicon),
// so the graph writer can be tested and benchmarked independently of the real extractor.
import { createHash } from 'node:crypto';
import type { AdminLevel, ExtractedSpeech, Mention, Section, Sentence, SloganKind } from '../../src/extract/types.js';

/** A known slogan of the synthetic lexicon. */
export interface SyntheticSlogan {
  name: string;
  kind: SloganKind;
  members: string[];
  /** Other spellings that also count as this slogan. */
  variants: string[];
}

/** A known meeting of the synthetic lexicon; `anonymized` ones get a speech-scoped key. */
export interface SyntheticMeeting {
  name: string;
  level: AdminLevel;
  anonymized?: boolean;
}

/** The lexicon the builder matches exactly. */
export interface SyntheticLexicon {
  slogans: SyntheticSlogan[];
  meetings: SyntheticMeeting[];
  persons: string[];
  documents: string[];
  terms: string[];
}

/** A speech written as title, preamble paragraphs and sections of paragraphs. */
export interface SpeechSpec {
  source: string;
  title: string;
  level?: AdminLevel | null;
  date?: string | null;
  /** Name of a lexicon meeting the speech was delivered at. */
  venue?: string | null;
  preamble: string[];
  sections: Array<{ marker: string; heading: string; paragraphs: string[]; children?: Array<{ marker: string; heading: string; paragraphs: string[] }> }>;
}

function findAll(text: string, needle: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Renders a spec to text, the way such speeches are laid out (title line, then paragraphs). */
export function renderSpeech(spec: SpeechSpec): string {
  // The date as such speeches print it under the title, so the extractor reads it as the real one would.
  const dated = spec.date ? [`（${Number(spec.date.slice(0, 4))}年${Number(spec.date.slice(5, 7))}月${Number(spec.date.slice(8, 10))}日）`] : [];
  const lines = [spec.title, ...dated, '', ...spec.preamble];
  for (const s of spec.sections) {
    lines.push(`${s.marker}${s.heading}。${s.paragraphs.join('')}`);
    for (const c of s.children ?? []) lines.push(`${c.marker}${c.heading}。${c.paragraphs.join('')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Builds the ExtractedSpeech the real extractor would ideally return for the rendered spec. */
export function buildSpeech(spec: SpeechSpec, lexicon: SyntheticLexicon): ExtractedSpeech {
  const text = renderSpeech(spec);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const bodyStart = text.indexOf('\n\n') + 2;

  const sentences: Sentence[] = [];
  let start = bodyStart;
  for (let i = bodyStart; i < text.length; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '\n') {
      if (i + 1 - start > 1) sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);

  const sections: Section[] = [];
  let cursor = bodyStart;
  const place = (marker: string, heading: string, level: number, ordinal: number, parentId: string | null): Section => {
    const at = text.indexOf(`${marker}${heading}`, cursor);
    cursor = at + marker.length;
    const section: Section = { id: `s${sections.length + 1}`, parentId, level, ordinal, marker, heading, inline: false, start: at, end: text.length };
    sections.push(section);
    return section;
  };
  spec.sections.forEach((s, i) => {
    const top = place(s.marker, s.heading, 1, i + 1, null);
    (s.children ?? []).forEach((c, j) => place(c.marker, c.heading, 2, j + 1, top.id));
  });
  // A section ends where the next section of the same or a higher level starts.
  for (let i = 0; i < sections.length; i++) {
    const next = sections.slice(i + 1).find((n) => n.level <= sections[i]!.level);
    if (next) sections[i]!.end = next.start;
  }
  const sectionOf = (offset: number): string | null => {
    let inner: Section | null = null;
    for (const s of sections) if (offset >= s.start && offset < s.end && (inner === null || s.level > inner.level)) inner = s;
    return inner?.id ?? null;
  };
  const mention = (at: number, written: string): Mention => ({ start: at, end: at + written.length, text: written, sectionId: sectionOf(at), sentence: sentenceOf(at) });

  const slogans = lexicon.slogans.flatMap((s) => {
    const found = [s.name, ...s.variants].flatMap((w) => findAll(text, w, bodyStart).map((at) => mention(at, w)));
    // A variant containing the canonical name (两个坚决维护 vs 两个维护 is not such a case) must not count twice.
    const unique = found.filter((m, i) => !found.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    if (unique.length === 0) return [];
    const variants = [...new Set(unique.map((m) => m.text).filter((w) => w !== s.name))];
    return [{ name: s.name, kind: s.kind, count: unique.length, variants, members: s.members, mentions: unique.sort((a, b) => a.start - b.start) }];
  });
  const meetings = lexicon.meetings.flatMap((m) => {
    const found = findAll(text, m.name, bodyStart).map((at) => mention(at, m.name));
    if (found.length === 0) return [];
    const key = m.anonymized ? `${sha256.slice(0, 16)}:${m.name}` : m.name;
    return [{ name: m.name, key, level: m.level, anonymized: m.anonymized ?? false, congress: null, session: null, count: found.length, mentions: found }];
  });
  const persons = lexicon.persons.flatMap((p) => {
    const found = findAll(text, p, bodyStart).map((at) => mention(at, p));
    return found.length === 0 ? [] : [{ name: p, count: found.length, mentions: found }];
  });
  const documents = lexicon.documents.flatMap((d) => {
    const found = findAll(text, `《${d}》`, bodyStart).map((at) => mention(at, `《${d}》`));
    return found.length === 0 ? [] : [{ title: d, kind: 'document' as const, count: found.length, mentions: found }];
  });
  const termMentions = lexicon.terms.map((t) => ({ term: t, found: findAll(text, t, bodyStart).map((at) => mention(at, t)) })).filter((t) => t.found.length > 0);
  const total = termMentions.reduce((s, t) => s + t.found.length, 0) || 1;
  const terms = termMentions.map((t) => ({ term: t.term, weight: t.found.length / total, textrank: 0, count: t.found.length, mentions: t.found }));
  const sectionTerms = sections
    .filter((s) => s.level === 1)
    .map((s) => ({
      sectionId: s.id,
      terms: termMentions
        .map((t) => ({ term: t.term, found: t.found.filter((m) => m.start >= s.start && m.end <= s.end) }))
        .filter((t) => t.found.length > 0)
        .map((t) => ({ term: t.term, weight: t.found.length / total, textrank: 0, count: t.found.length, mentions: t.found })),
    }));
  const venueMeeting = spec.venue ? meetings.find((m) => m.name === spec.venue) : undefined;

  return {
    source: spec.source,
    sha256,
    text,
    body: { start: bodyStart, end: text.length },
    title: spec.title,
    titleRange: { start: 0, end: spec.title.length },
    venue: spec.venue ?? null,
    venueKey: venueMeeting?.key ?? null,
    level: spec.level ?? null,
    place: null,
    date: spec.date ?? null,
    genre: 'speech',
    subtitle: null,
    speaker: null,
    published: null,
    sections,
    sentences,
    slogans,
    meetings,
    documents,
    persons,
    terms,
    sectionTerms,
    diagnostics: [],
  };
}
