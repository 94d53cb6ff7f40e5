import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Write } from './exportGraph.js';

/** Bytes gathered before handing them to the stream: one write per element would be slow. */
const CHUNK = 64 * 1024;

/**
 * A Write into a Node stream that batches small pieces and waits for 'drain' when the stream is
 * full, so a slow reader (an HTTP client, a disk) holds the export back instead of memory filling up.
 * Call `flush()` at the end; the stream itself is left open.
 */
export function streamWriter(out: Writable): { write: Write; flush(): Promise<void> } {
  let pending: string[] = [];
  let size = 0;
  const push = async () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    if (out.destroyed) throw new Error('the destination was closed before the export ended');
    if (!out.write(text)) {
      // The listener of the event that did not come is removed, or every stalled chunk would leave one behind.
      const settled = new AbortController();
      try {
        await Promise.race([once(out, 'drain', { signal: settled.signal }), once(out, 'close', { signal: settled.signal })]);
      } finally {
        settled.abort();
      }
    }
  };
  return {
    async write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= CHUNK) await push();
    },
    flush: push,
  };
}
