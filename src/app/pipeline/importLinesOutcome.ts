import { ImportValueError } from '../../graph/bulk/importCsvFields.js';
import { speechImportLines, type SpeechImportLines } from '../../graph/bulk/speechImportLines.js';
import { storedRows } from '../metadata/storedRows.js';
import type { ExtractOutcome } from './speechFiles.js';

/** A speech's import lines, or why it cannot be imported (its extraction failed, or a value the files cannot hold). */
export type ImportLinesOutcome = { ok: true; lines: SpeechImportLines } | { ok: false; reason: string };

/** Turns an extraction into the speech's lines of the import files (on an extraction worker, or on the main thread for JSONL input). */
export function importLinesOutcome(outcome: ExtractOutcome, ingestedAt: string): ImportLinesOutcome {
  if (!outcome.ok) return outcome;
  try {
    return { ok: true, lines: speechImportLines(storedRows(outcome.speech, outcome.given), ingestedAt) };
  } catch (error) {
    if (error instanceof ImportValueError) return { ok: false, reason: error.message };
    throw error;
  }
}
