import type { ExtractedSpeech } from '../../extract/types.js';
import { speechRows, type SpeechRows } from '../../graph/write/speechRows.js';
import { applyGiven } from './applyGiven.js';
import { givenSha256, type GivenMetadata } from './givenMetadata.js';

/**
 * The rows a speech is stored as, by every write path (ingest, import, the API): its given
 * metadata over the extracted, the country rule, and which fields were given. The one place where
 * an extraction becomes what the graph holds, so `tifa ingest` and `tifa import` store the same.
 */
export function storedRows(speech: ExtractedSpeech, given: GivenMetadata | null = null): SpeechRows {
  const resolved = applyGiven(speech, given ?? {});
  return speechRows(resolved.speech, { givenFields: resolved.given, givenSha256: resolved.given.length > 0 ? givenSha256(given ?? {}) : null });
}
