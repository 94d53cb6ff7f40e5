import type { ExtractedSpeech } from '../extract/types.js';
import { loadCypherSet } from './cypherFiles.js';
import type { Database } from './database.js';
import { deleteSpeechesInTx } from './removeSpeeches.js';
import { speechRows } from './speechRows.js';

const CYPHER = loadCypherSet({
  lookup: 'write/lookupSpeech',
  speech: 'write/speech',
  sections: 'write/sections',
  slogans: 'write/slogans',
  meetings: 'write/meetings',
  venue: 'write/venue',
  persons: 'write/persons',
  documents: 'write/documents',
  terms: 'write/terms',
});

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
  const speechId = rows.speech.id;
  return db.write(async (tx) => {
    const lookup = (await tx.run(CYPHER.lookup, { id: speechId, source: rows.speech.source })).records[0];
    const exists = lookup?.get('exists') === true;
    const replaced = (lookup?.get('replaced') as string[] | undefined) ?? [];
    if (replaced.length > 0) await deleteSpeechesInTx(tx, replaced);
    if (exists) return { id: speechId, status: replaced.length > 0 ? 'updated' : 'unchanged', mentions: 0, replaced };

    // Sent without waiting for each answer: Bolt pipelines the statements, and the server runs
    // them in order inside this transaction, so the whole speech costs about one round trip.
    const pending = [tx.run(CYPHER.speech, { speech: rows.speech })];
    const batches = [
      [CYPHER.sections, rows.sections],
      [CYPHER.slogans, rows.slogans],
      [CYPHER.meetings, rows.meetings],
      [CYPHER.persons, rows.persons],
      [CYPHER.documents, rows.documents],
      [CYPHER.terms, rows.terms],
    ] as const;
    for (const [query, list] of batches) if (list.length > 0) pending.push(tx.run(query, { speechId, rows: list }));
    if (rows.venueKey !== null) pending.push(tx.run(CYPHER.venue, { speechId, venueKey: rows.venueKey }));
    await Promise.all(pending);
    return { id: speechId, status: replaced.length > 0 ? 'updated' : 'new', mentions: rows.mentionCount, replaced };
  });
}
