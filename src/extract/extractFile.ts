import { decodeSpeech, type DecodedSpeech } from './decode.js';
import { extractSpeech } from './extractSpeech.js';
import type { Diagnostic, ExtractedSpeech } from './types.js';

/** The outcome of extracting one file: the speech, or the error diagnostics that stopped it. */
export type ExtractFileResult = { ok: true; speech: ExtractedSpeech } | { ok: false; diagnostics: Diagnostic[] };

/**
 * One entry point for the CLI and ingestion: decodes a file's bytes (UTF-8/GB18030/HTML, size
 * limit `maxBytes`) and extracts the speech; decode diagnostics are kept in the speech's list.
 */
export function extractFile(bytes: Uint8Array, fileName: string, maxBytes: number): ExtractFileResult {
  return extractDecoded(decodeSpeech(bytes, fileName, maxBytes), fileName);
}

/**
 * The second half of extractFile, for callers that look at the decoded text first (`tifa ingest`
 * skips a text it has stored already, and decoding is cheap next to extraction).
 */
export function extractDecoded(decoded: DecodedSpeech, fileName: string): ExtractFileResult {
  if (decoded.text === null) return { ok: false, diagnostics: decoded.diagnostics };
  const speech = extractSpeech({ text: decoded.text, source: fileName });
  speech.diagnostics.unshift(...decoded.diagnostics);
  return { ok: true, speech };
}
