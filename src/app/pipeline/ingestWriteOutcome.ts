import type { StoredSpeechRef } from '../../graph/read/speechIdsBySource.js';
import { givenSha256, type GivenMetadata } from '../metadata/givenMetadata.js';
import { textSha256 } from '../../extract/textSha256.js';
import { speechIdOf } from '../../graph/write/speechRows.js';
import { speechParams, type SpeechParams } from '../../graph/write/speechParams.js';
import { storedRows } from '../metadata/storedRows.js';
import type { ExtractOutcome } from './speechFiles.js';

/** A speech as `tifa ingest` queues it: what the writer sends, and what the run counts. */
export interface IngestWrite {
  write: SpeechParams;
  /** The text's sha256 (one text twice in a run is written once) and UTF-8 size. */
  sha256: string;
  bytes: number;
  /** Rows the speech writes (MENTIONS, sections, the speech): what batches are sized by. */
  rows: number;
}

/**
 * A file whose text is stored under its name already (the run's snapshot of the graph said so):
 * reported unchanged without being extracted or written, as the write statement would report it.
 */
export interface StoredSpeech {
  id: string;
  sha256: string;
  bytes: number;
}

/** A speech ready for the writers, one found stored already, or why the input gives none. */
export type IngestWriteOutcome = ({ ok: true } & IngestWrite) | { ok: true; stored: StoredSpeech } | { ok: false; reason: string };

/**
 * The check `tifa ingest` runs on a decoded text and its given metadata (see extractForIngest) when
 * `stored` is the one speech stored under the file's name: the same text (same id), given no
 * metadata or the same (same hash), is that speech, unchanged, and needs no extraction. Anything
 * else is extracted and the write statement decides as before.
 */
export function storedUnder(stored: StoredSpeechRef | undefined): ((text: string, given: GivenMetadata | null) => { ok: true; stored: StoredSpeech } | undefined) | undefined {
  if (stored === undefined) return undefined;
  return (text, given) => {
    if (given !== null && givenSha256(given) !== stored.givenSha256) return undefined;
    const sha256 = textSha256(text);
    return speechIdOf(sha256) === stored.id ? { ok: true, stored: { id: stored.id, sha256, bytes: Buffer.byteLength(text, 'utf8') } } : undefined;
  };
}

/**
 * Shapes an extraction into what the writers send (on an extraction worker, or on the main thread
 * for JSONL input and in-process extraction); an outcome shaped already, or a stored speech, is passed on.
 */
export function ingestWriteOutcome(outcome: ExtractOutcome | IngestWriteOutcome): IngestWriteOutcome {
  if (!outcome.ok || !('speech' in outcome)) return outcome;
  const { speech } = outcome;
  const rows = storedRows(speech, outcome.given);
  return { ok: true, write: speechParams(rows), sha256: speech.sha256, bytes: Buffer.byteLength(speech.text, 'utf8'), rows: rows.mentionCount + rows.sections.length + 1 };
}
