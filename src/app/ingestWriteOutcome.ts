import { speechRows } from '../graph/speechRows.js';
import { speechWrite, type SpeechWrite } from '../graph/speechWrite.js';
import type { ExtractOutcome } from './speechFiles.js';

/** A speech as `tifa ingest` queues it: what the writer sends, and what the run counts. */
export interface IngestWrite {
  write: SpeechWrite;
  /** The text's sha256 (one text twice in a run is written once) and UTF-8 size. */
  sha256: string;
  bytes: number;
  /** Rows the speech writes (MENTIONS, sections, the speech): what batches are sized by. */
  rows: number;
}

/** A speech ready for the writers, or why the input gives none. */
export type IngestWriteOutcome = ({ ok: true } & IngestWrite) | { ok: false; reason: string };

/**
 * Shapes an extraction into what the writers send (on an extraction worker, or on the main thread
 * for JSONL input and in-process extraction); an outcome shaped already is passed on.
 */
export function ingestWriteOutcome(outcome: ExtractOutcome | IngestWriteOutcome): IngestWriteOutcome {
  if (!outcome.ok || !('speech' in outcome)) return outcome;
  const { speech } = outcome;
  const rows = speechRows(speech);
  return { ok: true, write: speechWrite(rows), sha256: speech.sha256, bytes: Buffer.byteLength(speech.text, 'utf8'), rows: rows.mentionCount + rows.sections.length + 1 };
}
