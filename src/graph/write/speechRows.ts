import neo4j, { type Integer } from 'neo4j-driver';
import { speakingPlace } from '../../extract/places/countryPlace.js';
import type { ExtractedSpeech, Mention, Sentence } from '../../extract/types.js';

// Plain JS numbers travel to Neo4j as floats, and counts must be stored as integers: scalars go as
// driver Integers. Position lists go as plain numbers and are turned into integers by the Cypher
// (`[x IN list | toInteger(x)]`): the driver packs an Integer object ~2.5 µs slower than a number,
// and a speech carries thousands of positions.
const int = (n: number): Integer => neo4j.int(n);
const positionList = (list: readonly number[]): number[] => [...list];

/** Where one entity occurs inside one container (speech or section): parallel lists, one entry per occurrence. */
export interface MentionRow {
  count: Integer;
  /** Plain numbers (converted to integers by the Cypher). */
  offsets: number[];
  ends: number[];
  sentences: number[];
}

/** A section-level mention of an entity. */
export interface SectionMentionRow extends MentionRow {
  section: string;
}

/** Properties of the Speech node. */
export interface SpeechProps {
  id: string;
  sha256: string;
  source: string;
  title: string;
  chars: Integer;
  level: string | null;
  date: string | null;
  venue: string | null;
  text: string;
  bodyStart: Integer;
  bodyEnd: Integer;
  sentenceCount: Integer;
  sectionCount: Integer;
  /** Sizes of the speech's lists (distinct slogans, meetings, persons, documents, terms it mentions): the API costs a query by them. */
  sloganCount: Integer;
  meetingCount: Integer;
  personCount: Integer;
  documentCount: Integer;
  termCount: Integer;
  genre: string | null;
  subtitle: string | null;
  published: string | null;
  /** The metadata fields (title, venue, date, speaker, genre, level, place) whose values were given with the text, not extracted; null when none was. */
  givenFields: string[] | null;
  /** A hash of the given values: the same text given other metadata is written again (see cypher/write/speechGraph.cypher). */
  givenSha256: string | null;
}

/** Which metadata fields of a speech were given with its text (the others were extracted), and a hash of their values. */
export interface SpeechProvenance {
  givenFields: readonly string[];
  givenSha256: string | null;
}

/** Everything one speech writes, shaped as `$parameters` for the cypher/write/*.cypher statements. */
export interface SpeechRows {
  speech: SpeechProps;
  /** Sentence i is [sentenceStarts[i], sentenceEnds[i]); plain numbers (converted to integers by the Cypher). */
  sentenceStarts: number[];
  sentenceEnds: number[];
  venueKey: string | null;
  sections: Array<{ id: string; parent: string | null; props: Record<string, unknown> }>;
  slogans: Array<MentionRow & { name: string; kind: string; members: string[]; variants: string[]; sections: SectionMentionRow[] }>;
  meetings: Array<MentionRow & { key: string; props: Record<string, unknown>; sections: SectionMentionRow[] }>;
  persons: Array<MentionRow & { name: string; sections: SectionMentionRow[] }>;
  documents: Array<MentionRow & { title: string; kind: string; sections: SectionMentionRow[] }>;
  terms: Array<MentionRow & { name: string; weight: number; textrank: number; sections: Array<SectionMentionRow & { weight: number; textrank: number }> }>;
  /** Who gave the speech (SPOKEN_BY a Person, the role on the relationship), or null. */
  speaker: { name: string; role: string | null } | null;
  /** The speech's place and the places it lies in, nearest first; `parent` is the next one's code. Empty without a place. */
  places: Array<{ code: string; name: string; level: string; parent: string | null }>;
  /** Number of MENTIONS relationships these rows create (speech level plus section level). */
  mentionCount: number;
}

/** The speech id: the first 16 hex digits of the text's sha256, so one text ingested twice is one speech. */
export function speechIdOf(sha256: string): string {
  return sha256.slice(0, 16).toLowerCase();
}

/** Global id of a section node: speech id plus the extractor's per-speech section id. */
export function sectionNodeId(speechId: string, sectionId: string): string {
  return `${speechId}:${sectionId}`;
}

function mentionRow(mentions: readonly Mention[]): MentionRow {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return {
    count: int(sorted.length),
    offsets: positionList(sorted.map((m) => m.start)),
    ends: positionList(sorted.map((m) => m.end)),
    sentences: positionList(sorted.map((m) => m.sentence)),
  };
}

function sectionMentions(speechId: string, mentions: readonly Mention[]): SectionMentionRow[] {
  const bySection = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.sectionId === null) continue; // before the first heading: speech level only
    const list = bySection.get(m.sectionId) ?? [];
    list.push(m);
    bySection.set(m.sectionId, list);
  }
  return [...bySection.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([section, list]) => ({ section: sectionNodeId(speechId, section), ...mentionRow(list) }));
}

/** Index of the sentence containing `offset` (binary search over sorted ranges), or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// The writer CREATEs one MENTIONS per finding, so findings sharing a key must be one row.
function mergeByKey<T extends { mentions: Mention[] }>(findings: readonly T[], key: (f: T) => string): T[] {
  const out = new Map<string, T>();
  for (const f of findings) {
    const k = key(f);
    const seen = out.get(k);
    out.set(k, seen === undefined ? { ...f, mentions: [...f.mentions] } : { ...seen, mentions: [...seen.mentions, ...f.mentions] });
  }
  return [...out.values()];
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Shapes one extraction result into write parameters. Rows are sorted by their merge key so that
 * concurrent transactions lock shared nodes in the same order (fewer deadlocks).
 */
export function speechRows(speech: ExtractedSpeech, provenance: SpeechProvenance = { givenFields: [], givenSha256: null }): SpeechRows {
  const id = speechIdOf(speech.sha256);
  const sectionIds = new Set(speech.sections.map((s) => s.id));
  const sections = speech.sections.map((s) => ({
    id: sectionNodeId(id, s.id),
    parent: s.parentId !== null && sectionIds.has(s.parentId) ? sectionNodeId(id, s.parentId) : null,
    props: {
      localId: s.id,
      speechId: id,
      level: int(s.level),
      ordinal: int(s.ordinal),
      marker: s.marker,
      heading: s.heading,
      start: int(s.start),
      end: int(s.end),
      inline: s.inline,
    },
  }));
  const sectionById = new Map(speech.sections.map((s) => [s.id, s]));

  const slogans = mergeByKey(speech.slogans, (f) => f.name)
    .map((f) => ({
      name: f.name,
      kind: f.kind,
      members: [...new Set(f.members)].sort(),
      variants: [...new Set(f.variants.filter((v) => v !== f.name))].sort(),
      ...mentionRow(f.mentions),
      sections: sectionMentions(id, f.mentions),
    }))
    .sort(byKey((r) => r.name));
  const meetings = mergeByKey(speech.meetings, (f) => f.key)
    .map((f) => ({
      key: f.key,
      props: { name: f.name, level: f.level, anonymized: f.anonymized, congress: f.congress === null ? null : int(f.congress), session: f.session === null ? null : int(f.session) },
      ...mentionRow(f.mentions),
      sections: sectionMentions(id, f.mentions),
    }))
    .sort(byKey((r) => r.key));
  const persons = mergeByKey(speech.persons, (f) => f.name)
    .map((f) => ({ name: f.name, ...mentionRow(f.mentions), sections: sectionMentions(id, f.mentions) }))
    .sort(byKey((r) => r.name));
  const documents = mergeByKey(speech.documents, (f) => f.title)
    .map((f) => ({ title: f.title, kind: f.kind, ...mentionRow(f.mentions), sections: sectionMentions(id, f.mentions) }))
    .sort(byKey((r) => r.title));

  // Section terms are ranked per top-level section, so their rows are that section's mentions.
  const sectionTerms = new Map<string, Array<SectionMentionRow & { weight: number; textrank: number }>>();
  const sectionOnly = new Map<string, Mention[]>();
  for (const st of speech.sectionTerms) {
    if (!sectionById.has(st.sectionId)) continue;
    for (const t of st.terms) {
      const list = sectionTerms.get(t.term) ?? [];
      list.push({ section: sectionNodeId(id, st.sectionId), ...mentionRow(t.mentions), weight: t.weight, textrank: t.textrank });
      sectionTerms.set(t.term, list);
      sectionOnly.set(t.term, [...(sectionOnly.get(t.term) ?? []), ...t.mentions]);
    }
  }
  const speechTerm = new Map(speech.terms.map((t) => [t.term, t]));
  const terms = [...new Set([...speechTerm.keys(), ...sectionTerms.keys()])]
    .sort()
    .map((name) => {
      const t = speechTerm.get(name);
      // A term ranked in sections only has no speech-wide weight; its speech row holds the section mentions.
      return {
        name,
        ...mentionRow(t?.mentions ?? sectionOnly.get(name) ?? []),
        weight: t?.weight ?? 0,
        textrank: t?.textrank ?? 0,
        sections: sectionTerms.get(name) ?? [],
      };
    });

  const mentionCount = [slogans, meetings, persons, documents, terms].reduce(
    (sum, rows: ReadonlyArray<{ sections: unknown[] }>) => sum + rows.length + rows.reduce((s, r) => s + r.sections.length, 0),
    0,
  );
  const venueKey = speech.venueKey !== null && meetings.some((m) => m.key === speech.venueKey) ? speech.venueKey : null;

  return {
    speech: {
      id,
      sha256: speech.sha256,
      source: speech.source,
      title: speech.title,
      chars: int(speech.text.length),
      level: speech.level,
      date: speech.date,
      venue: speech.venue,
      text: speech.text,
      bodyStart: int(speech.body.start),
      bodyEnd: int(speech.body.end),
      sentenceCount: int(speech.sentences.length),
      sectionCount: int(speech.sections.length),
      sloganCount: int(slogans.length),
      meetingCount: int(meetings.length),
      personCount: int(persons.length),
      documentCount: int(documents.length),
      termCount: int(terms.length),
      genre: speech.genre,
      subtitle: speech.subtitle,
      published: speech.published,
      // No list when nothing was given: `tifa import` cannot write an empty list, and both paths must store the same.
      givenFields: provenance.givenFields.length > 0 ? [...provenance.givenFields] : null,
      givenSha256: provenance.givenFields.length > 0 ? provenance.givenSha256 : null,
    },
    sentenceStarts: positionList(speech.sentences.map((s) => s.start)),
    sentenceEnds: positionList(speech.sentences.map((s) => s.end)),
    venueKey,
    sections,
    slogans,
    meetings,
    persons,
    documents,
    terms,
    speaker: speech.speaker ? { name: speech.speaker.name, role: speech.speaker.role } : null,
    places: placeRows(speech, provenance),
    mentionCount,
  };
}

/**
 * The speech's place chain, nearest first, each row naming its parent (the next row). Every write
 * stores the country rule (speakingPlace: a central body speaks for the country unless it predates
 * it), whoever shaped the speech; a given place is kept as given.
 */
function placeRows(speech: ExtractedSpeech, provenance: SpeechProvenance): SpeechRows['places'] {
  const place = provenance.givenFields.includes('place') ? speech.place : speakingPlace(speech.place, speech.level, speech.date);
  const chain = place ? [place, ...place.within] : [];
  return chain.map((p, i) => ({ code: p.code, name: p.name, level: p.level, parent: chain[i + 1]?.code ?? null }));
}
