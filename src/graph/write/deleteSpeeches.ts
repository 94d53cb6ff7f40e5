import type { ManagedTransaction } from 'neo4j-driver';
import { applyCooccurrenceDelta } from '../cooccurrence/maintenance.js';
import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';

const CYPHER = loadCypherSet({
  find: 'write/findSpeeches',
  detach: 'write/detachSpeeches',
  orphans: 'write/deleteOrphans',
  unlink: 'write/unlinkVariants',
  leftovers: 'write/deleteLeftovers',
});

/** A speech as `tifa remove` lists it. */
export interface SpeechRef {
  id: string;
  source: string;
  title: string;
}

/** Speeches matching any of the references (speech id, id prefix of 6+ characters, or source). */
export async function findSpeeches(db: Database, refs: string[]): Promise<SpeechRef[]> {
  return db.read(async (tx) => {
    const result = await tx.run(CYPHER.find, { refs });
    return result.records.map((r) => ({ id: String(r.get('id')), source: String(r.get('source')), title: String(r.get('title')) }));
  });
}

/**
 * Inside a write transaction: deletes the speeches (sections, mentions) and then every node left
 * with no mention — slogans, meetings, terms, persons, documents, and their now-unused concepts and
 * variants — keeping the materialised co-occurrence current in the same transaction.
 * Returns the ids actually deleted.
 */
export async function deleteSpeechesInTx(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  // Their share of the co-occurrence counts goes first, while their mentions can still be read.
  await applyCooccurrenceDelta(tx, ids, -1);
  const detached = await tx.run(CYPHER.detach, { ids });
  const deleted = detached.records.map((r) => String(r.get('id')));
  const touched = [...new Set(detached.records.flatMap((r) => toPlain(r.get('touched')) as string[]))];
  if (touched.length === 0) return deleted;
  const orphans = await tx.run(CYPHER.orphans, { touched });
  const unlinked = await tx.run(CYPHER.unlink, { touched });
  const leftovers = [
    ...new Set([
      ...orphans.records.flatMap((r) => toPlain(r.get('leftovers')) as string[]),
      ...unlinked.records.map((r) => String(r.get('leftover'))),
    ]),
  ];
  if (leftovers.length > 0) await tx.run(CYPHER.leftovers, { leftovers });
  return deleted;
}

/** Deletes the given speeches and the nodes left with no mentions, in one write transaction; returns the deleted ids. */
export async function deleteSpeeches(db: Database, ids: string[]): Promise<string[]> {
  return db.write((tx) => deleteSpeechesInTx(tx, ids));
}
