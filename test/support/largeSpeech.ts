import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own example speeches (examples/corpus). */
const CORPUS = resolve(fileURLToPath(new URL('../../', import.meta.url)), 'examples/corpus');

/**
 * A speech text of exactly `bytes` UTF-8 bytes with the density of real ones: the example speeches
 * in turn, each part closed by a numbered line (so no two parts are the same text), cut to size on
 * a character boundary and filled to it with newlines.
 */
export function largeSpeechText(bytes: number): string {
  const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${texts[i % texts.length]!.trimEnd()}\n（第${i + 1}部分。）\n`;
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8');
  }
  let text = parts.join('');
  // Cut to at most `bytes` on a character boundary, then fill the rest with 1-byte newlines.
  const buffer = Buffer.from(text, 'utf8').subarray(0, bytes);
  text = buffer.toString('utf8').replace(/\uFFFD+$/, '');
  return text + '\n'.repeat(bytes - Buffer.byteLength(text, 'utf8'));
}
