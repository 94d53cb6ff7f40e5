import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { streamWriter } from '../../export/streamWriter.js';
import type { SpeechRows } from '../speechRows.js';
import { CooccurrenceTally } from './cooccurrenceTally.js';
import { bool, dbl, headerField, list, long, quoted, singleLine, str, type ColumnType } from './importCsvFields.js';

// The node and relationship files of `neo4j-admin database import full` for a first load: the
// same labels, keys, properties and relationships that cypher/write/speechGraph.cypher writes for
// each speech, shared entities once (first seen wins, like its ON CREATE SET), and the derived
// co-occurrence data that cypher/analytics/cooccursDelta.cypher would have added (counted by
// CooccurrenceTally), with its marker valid, so the graph needs no rebuild.

type Columns = ReadonlyArray<readonly [string, ColumnType]>;
interface FileSpec {
  file: string;
  /** Node label or relationship type (`--nodes=Label=file`, `--relationships=TYPE=file`). */
  name: string;
  kind: 'nodes' | 'relationships';
  columns: Columns;
  /**
   * Values may hold line breaks (read with --multiline-fields); other files are checked. The
   * tool finds the rows of such a file by its quoted fields, so every row quotes one (the text).
   */
  multiline?: boolean;
}

const MENTION: Columns = [['count', 'integer'], ['offsets', 'integer[]'], ['ends', 'integer[]'], ['sentences', 'integer[]'], ['variants', 'string[]'], ['weight', 'double'], ['textrank', 'double']];
const FILES = {
  speeches: { file: 'speeches.csv', name: 'Speech', kind: 'nodes', multiline: true, columns: [
    ['id', 'string'], ['sha256', 'string'], ['source', 'string'], ['title', 'string'], ['chars', 'integer'], ['level', 'string'], ['date', 'string'],
    ['venue', 'string'], ['text', 'string'], ['bodyStart', 'integer'], ['bodyEnd', 'integer'], ['sentenceCount', 'integer'], ['sectionCount', 'integer'],
    ['genre', 'string'], ['subtitle', 'string'], ['published', 'string'], ['ingestedAt', 'datetime'], ['sentenceStarts', 'integer[]'], ['sentenceEnds', 'integer[]'],
  ] },
  sections: { file: 'sections.csv', name: 'Section', kind: 'nodes', columns: [
    ['id', 'string'], ['localId', 'string'], ['speechId', 'string'], ['level', 'integer'], ['ordinal', 'integer'], ['marker', 'string'], ['heading', 'string'],
    ['start', 'integer'], ['end', 'integer'], ['inline', 'boolean'],
  ] },
  slogans: { file: 'slogans.csv', name: 'Slogan', kind: 'nodes', columns: [['name', 'string'], ['kind', 'string'], ['speechCount', 'integer'], ['sectionCount', 'integer'], ['sentenceCount', 'integer']] },
  concepts: { file: 'concepts.csv', name: 'Concept', kind: 'nodes', columns: [['name', 'string']] },
  variants: { file: 'variants.csv', name: 'SloganVariant', kind: 'nodes', columns: [['name', 'string']] },
  meetings: { file: 'meetings.csv', name: 'Meeting', kind: 'nodes', columns: [['key', 'string'], ['name', 'string'], ['level', 'string'], ['anonymized', 'boolean'], ['congress', 'integer'], ['session', 'integer']] },
  persons: { file: 'persons.csv', name: 'Person', kind: 'nodes', columns: [['name', 'string']] },
  documents: { file: 'documents.csv', name: 'Document', kind: 'nodes', columns: [['title', 'string'], ['kind', 'string']] },
  terms: { file: 'terms.csv', name: 'Term', kind: 'nodes', columns: [['name', 'string']] },
  places: { file: 'places.csv', name: 'Place', kind: 'nodes', columns: [['code', 'string'], ['name', 'string'], ['level', 'string']] },
  marker: { file: 'cooccurrence-state.csv', name: 'CooccurrenceState', kind: 'nodes', columns: [
    ['scope', 'string'], ['valid', 'boolean'], ['writes', 'integer'], ['speeches', 'integer'], ['sections', 'integer'], ['sentences', 'integer'],
  ] },
  hasSection: { file: 'has-section.csv', name: 'HAS_SECTION', kind: 'relationships', columns: [] },
  mentions: { file: 'mentions.csv', name: 'MENTIONS', kind: 'relationships', columns: MENTION },
  deliveredAt: { file: 'delivered-at.csv', name: 'DELIVERED_AT', kind: 'relationships', columns: [] },
  from: { file: 'from.csv', name: 'FROM', kind: 'relationships', columns: [] },
  spokenBy: { file: 'spoken-by.csv', name: 'SPOKEN_BY', kind: 'relationships', columns: [['role', 'string']] },
  hasMember: { file: 'has-member.csv', name: 'HAS_MEMBER', kind: 'relationships', columns: [] },
  variantOf: { file: 'variant-of.csv', name: 'VARIANT_OF', kind: 'relationships', columns: [] },
  partOf: { file: 'part-of.csv', name: 'PART_OF', kind: 'relationships', columns: [] },
  cooccurs: { file: 'co-occurs.csv', name: 'CO_OCCURS', kind: 'relationships', columns: [['speeches', 'integer'], ['sections', 'integer'], ['sentences', 'integer']] },
} as const satisfies Record<string, FileSpec>;
type FileKey = keyof typeof FILES;

/** Lists the import cannot write as empty (an empty field is no property); fixed after the import. */
export interface EmptyLists {
  /** Speeches without sentences (sentenceStarts / sentenceEnds []). */
  sentenceLists: number;
  /** MENTIONS with no positions (offsets / ends / sentences []). */
  mentionPositions: number;
}

/** What the files hold once written, and how to hand them to the import tool. */
export interface ImportCsvResult {
  files: Array<{ path: string; name: string; kind: 'nodes' | 'relationships'; multiline: boolean }>;
  speeches: number;
  nodes: number;
  relationships: number;
  emptyLists: EmptyLists;
  /** Longest line written, in characters (the import tool's read buffer must hold the largest value). */
  longestLine: number;
}

// Node ids of the import (one string id space; not stored): a letter per label, then the key.
const ID = { speech: 's', section: 'x', slogan: 'g', concept: 'c', variant: 'v', meeting: 'm', person: 'p', document: 'd', term: 't', place: 'l' } as const;
const id = (kind: keyof typeof ID, key: string): string => str(`${ID[kind]}:${key}`);

type Entity = 'slogans' | 'concepts' | 'variants' | 'meetings' | 'persons' | 'documents' | 'terms' | 'places';

/**
 * Writes the import files as speeches arrive: each speech's own nodes and relationships at once
 * (all of its lines are built before any is written, so a speech with a value the files cannot
 * hold is refused whole), shared entities and derived data at `finish`.
 */
export class ImportCsvWriter {
  private readonly out = new Map<FileKey, { stream: WriteStream; write: (chunk: string) => Promise<void>; flush(): Promise<void>; lines: number }>();
  private readonly entities: Record<Entity, Map<string, string>> = {
    slogans: new Map(), concepts: new Map(), variants: new Map(), meetings: new Map(), persons: new Map(), documents: new Map(), terms: new Map(), places: new Map(),
  };
  private readonly links = new Set<string>();
  private readonly tally = new CooccurrenceTally();
  private readonly emptyLists: EmptyLists = { sentenceLists: 0, mentionPositions: 0 };
  private speeches = 0;
  private longestLine = 0;

  constructor(private readonly dir: string, private readonly ingestedAt: string) {
    for (const [key, spec] of Object.entries(FILES) as Array<[FileKey, FileSpec]>) {
      const stream = createWriteStream(join(dir, spec.file), { encoding: 'utf8' });
      const writer = streamWriter(stream);
      const head = spec.kind === 'nodes' ? [':ID'] : [':START_ID', ':END_ID'];
      this.out.set(key, { stream, ...writer, lines: 0 });
      void writer.write([...head, ...spec.columns.map(([n, t]) => headerField(n, t))].join(',') + '\n');
    }
  }

  /** Adds one speech; throws ImportValueError (nothing of it written) when a value cannot be imported. */
  async add(rows: SpeechRows): Promise<void> {
    const lines = new Map<FileKey, string[]>();
    const entities: Array<[Entity, string, string]> = [];
    const links: Array<[FileKey, string, string]> = [];
    const empty = { ...this.emptyLists };
    let longest = this.longestLine;
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
      long(sp.bodyStart), long(sp.bodyEnd), long(sp.sentenceCount), long(sp.sectionCount), str(sp.genre), str(sp.subtitle), str(sp.published), this.ingestedAt,
      list(rows.sentenceStarts), list(rows.sentenceEnds)]);
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
    const entityLines = entities.map(([kind, key, rest]) => [kind, key, singleLine(`${id(KIND_ID[kind], key)},${str(key)}${rest === '' && FILES[kind].columns.length === 1 ? '' : `,${rest}`}`, FILES[kind].file)] as const);
    for (const [, from, to] of links) singleLine(from + to, 'a relationship file');

    // Everything of this speech is valid: commit it.
    this.speeches++;
    Object.assign(this.emptyLists, empty);
    this.longestLine = longest;
    this.tally.add(rows);
    for (const [kind, key, line] of entityLines) if (!this.entities[kind].has(key)) this.entities[kind].set(key, line);
    for (const [file, from, to] of links) {
      const k = `${file}\u0000${from}\u0000${to}`;
      if (this.links.has(k)) continue;
      this.links.add(k);
      emit(file, [from, to]);
    }
    for (const [key, chunk] of lines) await this.write(key, chunk);
  }

  /** Writes the shared entities, CO_OCCURS and the co-occurrence marker, and closes every file. */
  async finish(): Promise<ImportCsvResult> {
    for (const [kind, lines] of Object.entries(this.entities) as Array<[Entity, Map<string, string>]>) {
      if (kind === 'slogans') {
        const withCounts = [...lines].map(([name, line]) => {
          const c = this.tally.countsOf(name);
          return `${line},${c.speeches},${c.sections},${c.sentences}`;
        });
        await this.write(kind, withCounts);
      } else await this.write(kind, [...lines.values()]);
    }
    await this.write('cooccurs', this.tally.allPairs().map((p) => [id('slogan', p.a), id('slogan', p.b), p.speeches, p.sections, p.sentences].join(',')));
    if (this.speeches > 0) {
      const t = this.tally.totals;
      await this.write('marker', [['marker:SPEECH', 'SPEECH', 'true', '1', t.speeches, t.sections, t.sentences].join(',')]);
    }
    await this.close();
    let nodes = 0;
    let relationships = 0;
    const files = (Object.entries(FILES) as Array<[FileKey, FileSpec]>).map(([key, spec]) => {
      const lines = this.out.get(key)!.lines;
      if (spec.kind === 'nodes') nodes += lines;
      else relationships += lines;
      return { path: join(this.dir, spec.file), name: spec.name, kind: spec.kind, multiline: spec.multiline === true };
    });
    return { files, speeches: this.speeches, nodes, relationships, emptyLists: { ...this.emptyLists }, longestLine: this.longestLine };
  }

  /** Closes the files without finishing them (the caller deletes the folder). */
  async close(): Promise<void> {
    for (const o of this.out.values()) {
      await o.flush();
      o.stream.end();
      await finished(o.stream);
    }
  }

  private async write(key: FileKey, lines: readonly string[]): Promise<void> {
    const o = this.out.get(key)!;
    for (const line of lines) await o.write(line + '\n');
    o.lines += lines.length;
  }
}

// The letter of each entity file's node ids.
const KIND_ID: Record<Entity, keyof typeof ID> = {
  slogans: 'slogan', concepts: 'concept', variants: 'variant', meetings: 'meeting', persons: 'person', documents: 'document', terms: 'term', places: 'place',
};
