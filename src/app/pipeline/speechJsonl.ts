import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ExtractedSpeech } from '../../extract/types.js';
import type { ExtractOutcome } from './speechFiles.js';
import { speechRecordProblem } from '../speechRecordSchema.js';

// The portable format between extraction and loading (`tifa extract --jsonl`, `tifa ingest
// --from-jsonl`): one extracted speech per line, exactly the extractor's output with its text, so
// extraction can run on any number of machines and only loading touches the database.

/** One speech as a JSONL line (no newline inside: JSON escapes them). */
export function speechJsonLine(speech: ExtractedSpeech): string {
  return JSON.stringify(speech);
}

const STRINGS = ['source', 'sha256', 'text', 'title'] as const;
const LISTS = ['sections', 'sentences', 'slogans', 'meetings', 'documents', 'persons', 'terms', 'sectionTerms'] as const;

/** Largest text a record may carry unless the caller says (the default file limit). */
export const DEFAULT_MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Why a parsed line is not an extracted speech whose text is the one its sha256 names, or null when
 * it is: the fields' types, then every enum, name, size and offset (speechRecordSchema.ts), then the hash.
 */
export function speechLineProblem(value: unknown, maxTextBytes = DEFAULT_MAX_TEXT_BYTES): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  for (const k of STRINGS) if (typeof v[k] !== 'string') return `field "${k}" is missing or not a string`;
  for (const k of LISTS) if (!Array.isArray(v[k])) return `field "${k}" is missing or not a list`;
  const problem = speechRecordProblem(value, maxTextBytes);
  if (problem !== null) return problem;
  // The speech id derives from sha256, and every offset points into the text: they must agree.
  if (createHash('sha256').update(v.text as string, 'utf8').digest('hex') !== v.sha256) return 'sha256 does not match the text';
  return null;
}

/**
 * Reads JSONL files of extracted speeches line by line (memory flat in the file size). A bad line
 * comes out as a failed input named `file:line` with the reason; the other lines load.
 */
export async function* readSpeechJsonl(files: readonly string[], maxTextBytes = DEFAULT_MAX_TEXT_BYTES): AsyncGenerator<{ file: string; outcome: ExtractOutcome }> {
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const where = `${file}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { file: where, outcome: { ok: false, reason: `invalid JSON (${(error as Error).message})` } };
        continue;
      }
      const problem = speechLineProblem(value, maxTextBytes);
      yield problem === null ? { file: where, outcome: { ok: true, speech: value as ExtractedSpeech } } : { file: where, outcome: { ok: false, reason: problem } };
    }
  }
}
