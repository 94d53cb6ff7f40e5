import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { streamWriter } from '../../export/streamWriter.js';
import { pairSliceKey, SliceTally, sloganSliceKey } from '../cooccurrence/sliceTally.js';
import { CooccurrenceTally } from '../cooccurrence/tally.js';
import { FILES, id, type EmptyLists, type Entity, type FileKey, type FileSpec } from './importCsvFiles.js';
import { headerField, str } from './importCsvFields.js';
import type { SpeechImportLines } from './speechImportLines.js';

// The node and relationship files of `neo4j-admin database import full` for a first load: the
// same labels, keys, properties and relationships that cypher/write/speechGraph.cypher writes for
// each speech, shared entities once (first seen wins, like its ON CREATE SET), and the derived
// co-occurrence data that cypher/analytics/cooccursDelta.cypher would have added (counted by
// CooccurrenceTally), with its marker valid, so the graph needs no rebuild.

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
  private readonly slices = new SliceTally();
  private readonly emptyLists: EmptyLists = { sentenceLists: 0, mentionPositions: 0 };
  private speeches = 0;
  private longestLine = 0;

  constructor(private readonly dir: string) {
    for (const [key, spec] of Object.entries(FILES) as Array<[FileKey, FileSpec]>) {
      const stream = createWriteStream(join(dir, spec.file), { encoding: 'utf8' });
      const writer = streamWriter(stream);
      const head = spec.kind === 'nodes' ? [':ID'] : [':START_ID', ':END_ID'];
      this.out.set(key, { stream, ...writer, lines: 0 });
      void writer.write([...head, ...spec.columns.map(([n, t]) => headerField(n, t))].join(',') + '\n');
    }
  }

  /**
   * Adds one speech's lines, built by speechImportLines (on an extraction worker), which throws
   * ImportValueError for a speech the files cannot hold: nothing of such a speech reaches here.
   */
  async addLines(speech: SpeechImportLines): Promise<void> {
    this.speeches++;
    this.emptyLists.sentenceLists += speech.emptyLists.sentenceLists;
    this.emptyLists.mentionPositions += speech.emptyLists.mentionPositions;
    this.longestLine = Math.max(this.longestLine, speech.longestLine);
    this.tally.addUnits(speech.units);
    this.slices.addUnits(speech.units);
    for (const [kind, key, line] of speech.entities) if (!this.entities[kind].has(key)) this.entities[kind].set(key, line);
    const links = new Map<FileKey, string[]>();
    for (const [file, from, to] of speech.links) {
      const k = `${file}\u0000${from}\u0000${to}`;
      if (this.links.has(k)) continue;
      this.links.add(k);
      const line = `${from},${to}`;
      this.longestLine = Math.max(this.longestLine, line.length);
      const list = links.get(file) ?? [];
      list.push(line);
      links.set(file, list);
    }
    for (const { file, text, lines } of speech.own) {
      const o = this.out.get(file)!;
      await o.write(text);
      o.lines += lines;
    }
    for (const [file, lines] of links) await this.write(file, lines);
  }

  /** Writes the shared entities, CO_OCCURS, the co-occurrence marker and the per-slice counts, and closes every file. */
  async finish(): Promise<ImportCsvResult> {
    // Derived columns last on the line: the counts the writes' deltas keep (cooccursAdd.cypher, listTotalsAdd.cypher).
    const lists = this.tally.lists;
    const derived: Partial<Record<Entity, (key: string) => string>> = {
      slogans: (name) => {
        const c = this.tally.countsOf(name);
        return `,${c.speeches},${c.sections},${c.sentences},${this.tally.mentionsOf(name)}`;
      },
      meetings: (key) => `,${lists.meetings.get(key) ?? 0}`,
      terms: (name) => `,${lists.terms.get(name)?.mentions ?? 0},${lists.terms.get(name)?.weight ?? 0}`,
      places: (code) => `,${lists.places.get(code) ?? 0}`,
    };
    for (const [kind, lines] of Object.entries(this.entities) as Array<[Entity, Map<string, string>]>) {
      const more = derived[kind];
      await this.write(kind, more ? [...lines].map(([key, line]) => line + more(key)) : [...lines.values()]);
    }
    await this.write('cooccurs', this.tally.allPairs().map((p) => [id('slogan', p.a), id('slogan', p.b), p.speeches, p.sections, p.sentences].join(',')));
    if (this.speeches > 0) {
      const t = this.tally.totals;
      await this.write('marker', [['marker:SPEECH', 'SPEECH', 'true', '1', t.speeches, t.sections, t.sentences, 'true', 'true'].join(',')]);
    }
    await this.write('slices', this.slices.allTotals().map((t) => [id('slice', t.slice), str(t.slice), t.speeches, t.sections, t.sentences].join(',')));
    await this.write('sloganSlices', this.slices.allSlogans().map((c) => {
      const key = sloganSliceKey(c.slice, c.name);
      return [id('sloganSlice', key), str(key), str(c.slice), str(c.name), c.speeches, c.mentions, c.sections, c.sentences].join(',');
    }));
    await this.write('pairSlices', this.slices.allPairs().map((c) => {
      const key = pairSliceKey(c.slice, c.a, c.b);
      return [id('pairSlice', key), str(key), str(c.slice), str(c.a), str(c.b), c.speeches, c.sections, c.sentences].join(',');
    }));
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
