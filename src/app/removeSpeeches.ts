import { resolve } from 'node:path';
import type { Database } from '../graph/database.js';
import { refreshDerivedData } from '../graph/refreshDerivedData.js';
import { findSpeeches, deleteSpeeches, type SpeechRef } from '../graph/write/deleteSpeeches.js';
import { InputError } from './InputError.js';

/** Shortest id prefix `tifa remove` accepts (cypher/write/findSpeeches.cypher matches prefixes of this length and more). */
export const MIN_ID_PREFIX = 6;

/** Which speeches to remove: exactly one id (the API), or what a user typed (`tifa remove`: id, id prefix, or source file). */
export type SpeechSelector = { id: string } | { ref: string };

/** What `removeSpeeches` did. */
export interface RemoveResult {
  removed: SpeechRef[];
  /** CO_OCCURS pairs rewritten afterwards (null when nothing was removed). */
  cooccurs: number | null;
}

async function speechesFor(db: Database, selector: SpeechSelector): Promise<SpeechRef[]> {
  if ('id' in selector) return (await findSpeeches(db, [selector.id])).filter((s) => s.id === selector.id);
  const { ref } = selector;
  // Sources are stored as absolute paths; accept the path as typed too.
  const found = await findSpeeches(db, [...new Set([ref, resolve(ref)])]);
  if (found.length > 1) {
    throw new InputError(`"${ref}" matches ${found.length} speeches (${found.map((f) => f.id).join(', ')}); give a longer id`, 'ref');
  }
  if (found.length === 0) {
    const hint = /^[0-9a-f]+$/i.test(ref) && ref.length < MIN_ID_PREFIX ? `; an id prefix needs at least ${MIN_ID_PREFIX} characters` : '';
    throw new InputError(`no speech with id or source "${ref}"${hint}`, 'ref');
  }
  return found;
}

/**
 * Removes speeches and the nodes left with no mentions, then brings derived data up to date.
 * An `id` that matches nothing removes nothing; a `ref` must match exactly one speech (else InputError).
 */
export async function removeSpeeches(db: Database, selector: SpeechSelector): Promise<RemoveResult> {
  const found = await speechesFor(db, selector);
  if (found.length === 0) return { removed: [], cooccurs: null };
  const deleted = await deleteSpeeches(db, found.map((f) => f.id));
  const cooccurs = deleted.length > 0 ? await refreshDerivedData(db) : null;
  return { removed: found.filter((f) => deleted.includes(f.id)), cooccurs };
}
