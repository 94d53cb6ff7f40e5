import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedSpeech } from '../extract/types.js';
import { addCooccurrence } from './cooccurrenceMaintenance.js';
import { loadCypherSet } from './cypherFiles.js';
import type { Database } from './database.js';
import { DatabaseError, DatabaseUnavailableError } from './databaseErrors.js';
import { deleteSpeechesInTx } from './removeSpeeches.js';
import { speechRows, type SpeechRows } from './speechRows.js';

const CYPHER = loadCypherSet({ graph: 'write/speechGraph' });

/** What writing one speech did: `new`, `updated` (replaced another text of the same source), or `unchanged`. */
export interface WriteOutcome {
  id: string;
  status: 'new' | 'updated' | 'unchanged';
  /** MENTIONS relationships written (0 when unchanged). */
  mentions: number;
  /** Ids of the speeches this one replaced. */
  replaced: string[];
}

/** What happened to one speech of a batch: written (or found unchanged), or why it could not be. */
export type BatchOutcome = WriteOutcome | { id: string; status: 'failed'; reason: string };

/**
 * Writes one speech in ONE write transaction: all of its nodes and edges or none. The same text
 * again changes nothing; a changed text under the same source replaces the old speech's subgraph.
 */
export async function writeSpeech(db: Database, speech: ExtractedSpeech): Promise<WriteOutcome> {
  return writeRowsRetried(db, [speechRows(speech)]).then((outcomes) => outcomes[0]!);
}

/**
 * Writes several speeches in one write transaction (one statement for all of them, one
 * co-occurrence delta), each speech still all-or-nothing and idempotent as with writeSpeech. When
 * the batch fails, every speech is retried alone, so one bad speech fails alone; an unreachable
 * database throws DatabaseUnavailableError. Outcomes are in input order.
 */
export async function writeSpeeches(db: Database, speeches: readonly (ExtractedSpeech | SpeechRows)[]): Promise<BatchOutcome[]> {
  const rows = speeches.map((s) => ('speech' in s && 'mentionCount' in s ? s : speechRows(s as ExtractedSpeech)));
  try {
    return await writeRowsRetried(db, rows);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    if (rows.length === 1) return [failed(rows[0]!, error)];
  }
  const outcomes: BatchOutcome[] = [];
  for (const one of rows) {
    try {
      outcomes.push((await writeRowsRetried(db, [one]))[0]!);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      outcomes.push(failed(one, error));
    }
  }
  return outcomes;
}

function failed(rows: SpeechRows, error: unknown): BatchOutcome {
  return { id: rows.speech.id, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

async function writeRowsRetried(db: Database, rows: SpeechRows[]): Promise<WriteOutcome[]> {
  try {
    return await db.write((tx) => writeBatchInTx(tx, rows));
  } catch (error) {
    // Another process wrote the same text at the same moment (Speech.id is unique): it is stored now.
    if (error instanceof DatabaseError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return db.write((tx) => writeBatchInTx(tx, rows));
    throw error;
  }
}

// The statement's parameter: exactly the fields the Cypher reads (speechRows also carries counts).
// Sections travel in document order and are referred to by their position in that list (a
// section's parent, the section of a section-level mention): the statement keeps the nodes it
// creates in a list, so it needs no index look-up per section and per mention to find them again.
function graphParam(rows: SpeechRows): Record<string, unknown> {
  const { speech, sentenceStarts, sentenceEnds, venueKey, places, speaker } = rows;
  const at = new Map(rows.sections.map((s, i) => [s.id, i]));
  const sections = rows.sections.map((s) => ({ props: { id: s.id, ...s.props }, parent: s.parent === null ? null : at.get(s.parent)! }));
  const bySection = <T extends { sections: Array<{ section: string }> }>(list: T[]): T[] =>
    list.map((row) => ({ ...row, sections: row.sections.filter((m) => at.has(m.section)).map((m) => ({ ...m, section: at.get(m.section)! })) }));
  return {
    speech, sentenceStarts, sentenceEnds, venueKey, sections, places, speaker,
    slogans: bySection(rows.slogans), meetings: bySection(rows.meetings), persons: bySection(rows.persons),
    documents: bySection(rows.documents), terms: bySection(rows.terms),
  };
}

/**
 * Groups that can share one statement: the statement looks every speech up before writing any, so
 * two speeches of one group must not share an id or a source (the later one goes to a later
 * group, which then sees the earlier one as written, exactly as one-by-one writes would).
 */
export function distinctGroups(rows: readonly SpeechRows[]): SpeechRows[][] {
  const groups: Array<{ rows: SpeechRows[]; keys: Set<string> }> = [];
  for (const r of rows) {
    const keys = [`id:${r.speech.id}`, `source:${r.speech.source}`];
    let index = groups.length;
    while (index > 0 && !keys.some((k) => groups[index - 1]!.keys.has(k))) index--;
    if (index === groups.length) groups.push({ rows: [], keys: new Set() });
    groups[index]!.rows.push(r);
    for (const k of keys) groups[index]!.keys.add(k);
  }
  return groups.map((group) => group.rows);
}

// Each speech's co-occurrence delta is applied right after it is written and before any deletion
// in the same transaction, so a later speech of the batch replacing it subtracts what was added.
async function writeBatchInTx(tx: ManagedTransaction, all: SpeechRows[]): Promise<WriteOutcome[]> {
  const outcomes = new Map<SpeechRows, WriteOutcome>();
  for (const group of distinctGroups(all)) {
    // One statement looks every speech up and writes those that are new.
    const result = await tx.run(CYPHER.graph, { batch: group.map(graphParam) });
    const toReplace: Array<{ rows: SpeechRows; replaced: string[] }> = [];
    const written: SpeechRows[] = [];
    result.records.forEach((record, i) => {
      const rows = group[i]!;
      const exists = record.get('exists') === true;
      const replaced = (record.get('replaced') as string[] | undefined) ?? [];
      if (replaced.length > 0) toReplace.push({ rows, replaced });
      else if (exists) outcomes.set(rows, { id: rows.speech.id, status: 'unchanged', mentions: 0, replaced });
      else {
        outcomes.set(rows, { id: rows.speech.id, status: 'new', mentions: rows.mentionCount, replaced });
        written.push(rows);
      }
    });
    await addCooccurrence(tx, written);
    if (toReplace.length === 0) continue;
    // Other texts were stored under these sources: delete them, then write (unless the text is stored already).
    await deleteSpeechesInTx(tx, [...new Set(toReplace.flatMap((write) => write.replaced))]);
    const again = (await tx.run(CYPHER.graph, { batch: toReplace.map((write) => graphParam(write.rows)) })).records;
    const rewritten: SpeechRows[] = [];
    toReplace.forEach(({ rows, replaced }, i) => {
      const wrote = again[i]?.get('exists') !== true;
      outcomes.set(rows, { id: rows.speech.id, status: 'updated', mentions: wrote ? rows.mentionCount : 0, replaced });
      if (wrote) rewritten.push(rows);
    });
    await addCooccurrence(tx, rewritten);
  }
  return all.map((rows) => outcomes.get(rows)!);
}
