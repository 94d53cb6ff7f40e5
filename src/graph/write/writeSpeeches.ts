import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedSpeech } from '../../extract/types.js';
import { addCooccurrence } from '../cooccurrence/maintenance.js';
import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { DatabaseError, DatabaseUnavailableError } from '../databaseErrors.js';
import { deleteSpeechesInTx } from './deleteSpeeches.js';
import { speechRows, type SpeechRows } from './speechRows.js';
import { speechParams, type SpeechParams } from './speechParams.js';

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
export async function writeSpeech(db: Database, speech: ExtractedSpeech | SpeechRows): Promise<WriteOutcome> {
  return writeRetried(db, [speechParams('mentionCount' in speech ? speech : speechRows(speech))]).then((outcomes) => outcomes[0]!);
}

/**
 * Writes several speeches in one write transaction (one statement for all of them, one
 * co-occurrence delta), each speech still all-or-nothing and idempotent as with writeSpeech. When
 * the batch fails, every speech is retried alone, so one bad speech fails alone; an unreachable
 * database throws DatabaseUnavailableError. Outcomes are in input order. Speeches may come shaped
 * already (speechParams, done on the extraction workers by `tifa ingest`).
 */
export async function writeSpeeches(db: Database, speeches: readonly (ExtractedSpeech | SpeechRows | SpeechParams)[]): Promise<BatchOutcome[]> {
  const writes = speeches.map((s) => ('param' in s ? s : speechParams('mentionCount' in s ? s : speechRows(s))));
  try {
    return await writeRetried(db, writes);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    if (writes.length === 1) return [failed(writes[0]!, error)];
  }
  const outcomes: BatchOutcome[] = [];
  for (const one of writes) {
    try {
      outcomes.push((await writeRetried(db, [one]))[0]!);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      outcomes.push(failed(one, error));
    }
  }
  return outcomes;
}

function failed(write: SpeechParams, error: unknown): BatchOutcome {
  return { id: write.id, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

async function writeRetried(db: Database, writes: SpeechParams[]): Promise<WriteOutcome[]> {
  try {
    return await db.write((tx) => writeBatchInTx(tx, writes));
  } catch (error) {
    // Another process wrote the same text at the same moment (Speech.id is unique): it is stored now.
    if (error instanceof DatabaseError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return db.write((tx) => writeBatchInTx(tx, writes));
    throw error;
  }
}

/**
 * Groups that can share one statement: the statement looks every speech up before writing any, so
 * two speeches of one group must not share an id or a source (the later one goes to a later
 * group, which then sees the earlier one as written, exactly as one-by-one writes would).
 */
export function distinctGroups(writes: readonly SpeechParams[]): SpeechParams[][] {
  const groups: Array<{ writes: SpeechParams[]; keys: Set<string> }> = [];
  for (const w of writes) {
    const keys = [`id:${w.id}`, `source:${w.source}`];
    let index = groups.length;
    while (index > 0 && !keys.some((k) => groups[index - 1]!.keys.has(k))) index--;
    if (index === groups.length) groups.push({ writes: [], keys: new Set() });
    groups[index]!.writes.push(w);
    for (const k of keys) groups[index]!.keys.add(k);
  }
  return groups.map((group) => group.writes);
}

// Each speech's co-occurrence delta is applied right after it is written and before any deletion
// in the same transaction, so a later speech of the batch replacing it subtracts what was added.
async function writeBatchInTx(tx: ManagedTransaction, all: SpeechParams[]): Promise<WriteOutcome[]> {
  const outcomes = new Map<SpeechParams, WriteOutcome>();
  for (const group of distinctGroups(all)) {
    // One statement looks every speech up and writes those that are new.
    const result = await tx.run(CYPHER.graph, { batch: group.map((write) => write.param) });
    const toReplace: Array<{ write: SpeechParams; replaced: string[] }> = [];
    const written: SpeechParams[] = [];
    result.records.forEach((record, i) => {
      const write = group[i]!;
      const exists = record.get('exists') === true;
      const replaced = (record.get('replaced') as string[] | undefined) ?? [];
      if (replaced.length > 0) toReplace.push({ write, replaced });
      else if (exists) outcomes.set(write, { id: write.id, status: 'unchanged', mentions: 0, replaced });
      else {
        outcomes.set(write, { id: write.id, status: 'new', mentions: write.mentionCount, replaced });
        written.push(write);
      }
    });
    await addCooccurrence(tx, written.map((write) => write.tally));
    if (toReplace.length === 0) continue;
    // Other texts were stored under these sources: delete them, then write (unless the text is stored already).
    await deleteSpeechesInTx(tx, [...new Set(toReplace.flatMap((r) => r.replaced))]);
    const again = (await tx.run(CYPHER.graph, { batch: toReplace.map((r) => r.write.param) })).records;
    const rewritten: SpeechParams[] = [];
    toReplace.forEach(({ write, replaced }, i) => {
      const wrote = again[i]?.get('exists') !== true;
      outcomes.set(write, { id: write.id, status: 'updated', mentions: wrote ? write.mentionCount : 0, replaced });
      if (wrote) rewritten.push(write);
    });
    await addCooccurrence(tx, rewritten.map((write) => write.tally));
  }
  return all.map((write) => outcomes.get(write)!);
}
