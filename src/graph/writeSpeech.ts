import type { ExtractedSpeech } from '../extract/types.js';
import { loadCypherSet } from './cypherFiles.js';
import type { Database } from './database.js';
import { deleteSpeechesInTx } from './removeSpeeches.js';
import { speechRows, type SpeechRows } from './speechRows.js';
import { DatabaseError } from './databaseErrors.js';

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

/**
 * Writes one speech in ONE write transaction: all of its nodes and edges or none. The same text
 * again changes nothing; a changed text under the same source replaces the old speech's subgraph.
 */
export async function writeSpeech(db: Database, speech: ExtractedSpeech): Promise<WriteOutcome> {
  const rows = speechRows(speech);
  try {
    return await writeRows(db, rows);
  } catch (error) {
    // Another process wrote the same text at the same moment (Speech.id is unique): it is stored now.
    if (error instanceof DatabaseError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return writeRows(db, rows);
    throw error;
  }
}

async function writeRows(db: Database, rows: SpeechRows): Promise<WriteOutcome> {
  const speechId = rows.speech.id;
  const g = {
    speech: rows.speech,
    sentenceStarts: rows.sentenceStarts,
    sentenceEnds: rows.sentenceEnds,
    venueKey: rows.venueKey,
    sections: rows.sections,
    slogans: rows.slogans,
    meetings: rows.meetings,
    persons: rows.persons,
    documents: rows.documents,
    terms: rows.terms,
  };
  return db.write(async (tx) => {
    // One statement looks the speech up and, when it is new, writes its whole subgraph.
    const first = (await tx.run(CYPHER.graph, { g })).records[0];
    const exists = first?.get('exists') === true;
    const replaced = (first?.get('replaced') as string[] | undefined) ?? [];
    if (replaced.length === 0) return { id: speechId, status: exists ? 'unchanged' : 'new', mentions: exists ? 0 : rows.mentionCount, replaced };
    // Another text was stored under this source: delete it, then write (unless this text is stored already).
    await deleteSpeechesInTx(tx, replaced);
    if (exists) return { id: speechId, status: 'updated', mentions: 0, replaced };
    await tx.run(CYPHER.graph, { g });
    return { id: speechId, status: 'updated', mentions: rows.mentionCount, replaced };
  });
}
