import { createHash } from 'node:crypto';

/**
 * The sha256 (hex) of a decoded text's UTF-8 bytes: what a speech is identified by. One function,
 * so `tifa ingest` can recognise a stored text after decoding without running the extractor.
 */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
