import type { SpeechRows } from '../write/speechRows.js';
import { speechTallyUnits, type SpeechTallyUnits } from '../cooccurrence/tally.js';
import { FILES, id, KIND_ID, type EmptyLists, type Entity, type FileKey, type FileSpec } from './importCsvFiles.js';
import { bool, dbl, list, long, quoted, singleLine, str } from './importCsvFields.js';

// One speech's share of the import files, as plain strings and arrays: everything of the speech
// that needs no other speech. Built where the speech was extracted (an extraction worker thread),
// so the thread that writes the files only removes repeated shared entities, counts co-occurrence
// and appends: that thread was half of a core's work next to two extraction workers.

/** What one speech adds to the import files (structured-clone friendly). */
export interface SpeechImportLines {
  sha256: string;
  source: string;
  /** The speech's own lines per file, each ending in a line break, and how many. */
  own: Array<{ file: FileKey; text: string; lines: number }>;
  /** Shared nodes it names: kind, key and the whole CSV line (the first speech to name one wins). */
  entities: Array<[Entity, string, string]>;
  /** Relationships between shared nodes (written once, however many speeches name them). */
  links: Array<[FileKey, string, string]>;
  /** Its lists the import cannot write as empty (fixed after the import). */
  emptyLists: EmptyLists;
  /** Its longest line, in characters. */
  longestLine: number;
  /** Its co-occurrence units (CooccurrenceTally.addUnits). */
  units: SpeechTallyUnits;
}

/**
 * The import lines of one speech; throws ImportValueError when a value cannot go into the files
 * (the caller reports the speech and leaves it out: nothing of it is written).
 */
export function speechImportLines(rows: SpeechRows, ingestedAt: string): SpeechImportLines {
  const lines = new Map<FileKey, string[]>();
  const entities: Array<[Entity, string, string]> = [];
  const links: Array<[FileKey, string, string]> = [];
  const empty: EmptyLists = { sentenceLists: 0, mentionPositions: 0 };
  let longest = 0;
  const emit = (key: FileKey, fields: string[]): void => {
    const line = fields.join(',');
    const spec: FileSpec = FILES[key];
    const list = lines.get(key) ?? [];
    if (line.length > longest) longest = line.length;
    list.push(spec.multiline ? line : singleLine(line, spec.file));
    lines.set(key, list);
  };
  const positions = (r: { offsets: number[]; ends: number[]; sentences: number[] }): string[] => {
    if (r.offsets.length === 0) empty.mentionPositions++;
    return [list(r.offsets), list(r.ends), list(r.sentences)];
  };
  const sp = rows.speech;
  const speechId = id('speech', sp.id);
  if (rows.sentenceStarts.length === 0) empty.sentenceLists++;
  emit('speeches', [speechId, str(sp.id), str(sp.sha256), str(sp.source), str(sp.title), long(sp.chars), str(sp.level), str(sp.date), str(sp.venue), quoted(sp.text),
    long(sp.bodyStart), long(sp.bodyEnd), long(sp.sentenceCount), long(sp.sectionCount), str(sp.genre), str(sp.subtitle), str(sp.published), ingestedAt,
    list(rows.sentenceStarts), list(rows.sentenceEnds), long(sp.sloganCount), long(sp.meetingCount), long(sp.personCount), long(sp.documentCount), long(sp.termCount),
    sp.givenFields === null ? '' : list(sp.givenFields), str(sp.givenSha256)]);
  for (const s of rows.sections) {
    const p = s.props as { localId: string; speechId: string; level: unknown; ordinal: unknown; marker: string | null; heading: string | null; start: unknown; end: unknown; inline: boolean | null };
    emit('sections', [id('section', s.id), str(s.id), str(p.localId), str(p.speechId), long(p.level as number), long(p.ordinal as number), str(p.marker), str(p.heading), long(p.start as number), long(p.end as number), bool(p.inline)]);
    emit('hasSection', [s.parent === null ? speechId : id('section', s.parent), id('section', s.id)]);
  }
  // MENTIONS columns: count, offsets, ends, sentences, variants, weight, textrank.
  const mentionsOf = (target: string, r: { count: unknown; offsets: number[]; ends: number[]; sentences: number[]; sections: Array<{ section: string; count: unknown; offsets: number[]; ends: number[]; sentences: number[]; weight?: number; textrank?: number }> }, speechExtra: string[], sectionExtra: (s: { weight?: number; textrank?: number }) => string[]): void => {
    emit('mentions', [speechId, target, long(r.count as number), ...positions(r), ...speechExtra]);
    for (const s of r.sections) emit('mentions', [id('section', s.section), target, long(s.count as number), ...positions(s), ...sectionExtra(s)]);
  };
  const none = (): string[] => ['', '', ''];
  for (const r of rows.slogans) {
    const target = id('slogan', r.name);
    entities.push(['slogans', r.name, str(r.kind)]);
    mentionsOf(target, r, [list(r.variants), '', ''], none);
    for (const member of r.members) {
      entities.push(['concepts', member, '']);
      links.push(['hasMember', target, id('concept', member)]);
    }
    for (const variant of r.variants) {
      entities.push(['variants', variant, '']);
      links.push(['variantOf', id('variant', variant), target]);
    }
  }
  for (const r of rows.meetings) {
    const p = r.props as { name: string | null; level: string | null; anonymized: boolean | null; congress: unknown; session: unknown };
    entities.push(['meetings', r.key, [str(p.name), str(p.level), bool(p.anonymized), long(p.congress as number | null), long(p.session as number | null)].join(',')]);
    mentionsOf(id('meeting', r.key), r, none(), none);
  }
  if (rows.venueKey !== null) emit('deliveredAt', [speechId, id('meeting', rows.venueKey)]);
  rows.places.forEach((p, i) => {
    entities.push(['places', p.code, [str(p.name), str(p.level)].join(',')]);
    if (p.parent !== null) links.push(['partOf', id('place', p.code), id('place', p.parent)]);
    if (i === 0) emit('from', [speechId, id('place', p.code)]);
  });
  if (rows.speaker !== null) {
    entities.push(['persons', rows.speaker.name, '']);
    emit('spokenBy', [speechId, id('person', rows.speaker.name), str(rows.speaker.role)]);
  }
  for (const r of rows.persons) {
    entities.push(['persons', r.name, '']);
    mentionsOf(id('person', r.name), r, none(), none);
  }
  for (const r of rows.documents) {
    entities.push(['documents', r.title, str(r.kind)]);
    mentionsOf(id('document', r.title), r, none(), none);
  }
  for (const r of rows.terms) {
    entities.push(['terms', r.name, '']);
    mentionsOf(id('term', r.name), r, ['', dbl(r.weight), dbl(r.textrank)], (s) => ['', dbl(s.weight), dbl(s.textrank)]);
  }
  const entityLines = entities.map(([kind, key, rest]): [Entity, string, string] => [
    kind,
    key,
    singleLine(`${id(KIND_ID[kind], key)},${str(key)}${rest === '' ? '' : `,${rest}`}`, FILES[kind].file),
  ]);
  for (const [, from, to] of links) singleLine(from + to, 'a relationship file');
  return {
    sha256: sp.sha256,
    source: sp.source,
    own: [...lines].map(([file, l]) => ({ file, text: l.join('\n') + '\n', lines: l.length })),
    entities: entityLines,
    links,
    emptyLists: empty,
    longestLine: longest,
    units: speechTallyUnits(rows),
  };
}
