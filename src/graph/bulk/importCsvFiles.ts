import type { ColumnType } from './importCsvFields.js';
import { str } from './importCsvFields.js';

// The files of a `tifa import` (see importCsvWriter.ts): their columns, and the node ids that
// link them. Shared by the per-speech line builder (run on the extraction workers) and the writer.

export type Columns = ReadonlyArray<readonly [string, ColumnType]>;
export interface FileSpec {
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
export const FILES = {
  speeches: { file: 'speeches.csv', name: 'Speech', kind: 'nodes', multiline: true, columns: [
    ['id', 'string'], ['sha256', 'string'], ['source', 'string'], ['title', 'string'], ['chars', 'integer'], ['level', 'string'], ['date', 'string'],
    ['venue', 'string'], ['text', 'string'], ['bodyStart', 'integer'], ['bodyEnd', 'integer'], ['sentenceCount', 'integer'], ['sectionCount', 'integer'],
    ['genre', 'string'], ['subtitle', 'string'], ['published', 'string'], ['ingestedAt', 'datetime'], ['sentenceStarts', 'integer[]'], ['sentenceEnds', 'integer[]'],
    // The list sizes ingest stores (the API costs queries by them): without them applySchema's
    // listCounts would count every speech's MENTIONS after the import, ~16 M at 100,000 speeches.
    ['sloganCount', 'integer'], ['meetingCount', 'integer'], ['personCount', 'integer'], ['documentCount', 'integer'], ['termCount', 'integer'],
    ['givenFields', 'string[]'], ['givenSha256', 'string'],
  ] },
  sections: { file: 'sections.csv', name: 'Section', kind: 'nodes', columns: [
    ['id', 'string'], ['localId', 'string'], ['speechId', 'string'], ['level', 'integer'], ['ordinal', 'integer'], ['marker', 'string'], ['heading', 'string'],
    ['start', 'integer'], ['end', 'integer'], ['inline', 'boolean'],
  ] },
  slogans: { file: 'slogans.csv', name: 'Slogan', kind: 'nodes', columns: [['name', 'string'], ['kind', 'string'], ['speechCount', 'integer'], ['sectionCount', 'integer'], ['sentenceCount', 'integer'], ['mentionCount', 'integer']] },
  concepts: { file: 'concepts.csv', name: 'Concept', kind: 'nodes', columns: [['name', 'string']] },
  variants: { file: 'variants.csv', name: 'SloganVariant', kind: 'nodes', columns: [['name', 'string']] },
  meetings: { file: 'meetings.csv', name: 'Meeting', kind: 'nodes', columns: [['key', 'string'], ['name', 'string'], ['level', 'string'], ['anonymized', 'boolean'], ['congress', 'integer'], ['session', 'integer'], ['speechCount', 'integer']] },
  persons: { file: 'persons.csv', name: 'Person', kind: 'nodes', columns: [['name', 'string']] },
  documents: { file: 'documents.csv', name: 'Document', kind: 'nodes', columns: [['title', 'string'], ['kind', 'string']] },
  terms: { file: 'terms.csv', name: 'Term', kind: 'nodes', columns: [['name', 'string'], ['mentionCount', 'integer'], ['weightTotal', 'integer']] },
  places: { file: 'places.csv', name: 'Place', kind: 'nodes', columns: [['code', 'string'], ['name', 'string'], ['level', 'string'], ['speechCount', 'integer']] },
  marker: { file: 'cooccurrence-state.csv', name: 'CooccurrenceState', kind: 'nodes', columns: [
    ['scope', 'string'], ['valid', 'boolean'], ['writes', 'integer'], ['speeches', 'integer'], ['sections', 'integer'], ['sentences', 'integer'], ['slices', 'boolean'], ['listTotals', 'boolean'],
  ] },
  // Per-slice counts (src/graph/cooccurrence/sliceTally.ts).
  slices: { file: 'slices.csv', name: 'Slice', kind: 'nodes', columns: [['key', 'string'], ['speeches', 'integer'], ['sections', 'integer'], ['sentences', 'integer']] },
  sloganSlices: { file: 'slogan-slices.csv', name: 'SloganSlice', kind: 'nodes', columns: [
    ['key', 'string'], ['slice', 'string'], ['name', 'string'], ['speeches', 'integer'], ['mentions', 'integer'], ['sections', 'integer'], ['sentences', 'integer'],
  ] },
  pairSlices: { file: 'pair-slices.csv', name: 'PairSlice', kind: 'nodes', columns: [
    ['key', 'string'], ['slice', 'string'], ['a', 'string'], ['b', 'string'], ['speeches', 'integer'], ['sections', 'integer'], ['sentences', 'integer'],
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
export type FileKey = keyof typeof FILES;

// Node ids of the import (one string id space; not stored): a letter per label, then the key.
export const ID = { speech: 's', section: 'x', slogan: 'g', concept: 'c', variant: 'v', meeting: 'm', person: 'p', document: 'd', term: 't', place: 'l', slice: 'z', sloganSlice: 'y', pairSlice: 'w' } as const;
export const id = (kind: keyof typeof ID, key: string): string => str(`${ID[kind]}:${key}`);

export type Entity = 'slogans' | 'concepts' | 'variants' | 'meetings' | 'persons' | 'documents' | 'terms' | 'places';

// The letter of each entity file's node ids.
export const KIND_ID: Record<Entity, keyof typeof ID> = {
  slogans: 'slogan', concepts: 'concept', variants: 'variant', meetings: 'meeting', persons: 'person', documents: 'document', terms: 'term', places: 'place',
};

/** Lists the import cannot write as empty (an empty field is no property); fixed after the import. */
export interface EmptyLists {
  /** Speeches without sentences (sentenceStarts / sentenceEnds []). */
  sentenceLists: number;
  /** MENTIONS with no positions (offsets / ends / sentences []). */
  mentionPositions: number;
}
