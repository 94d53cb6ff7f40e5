import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamWriter } from './streamWriter.js';

describe('streamWriter', () => {
  it('waits for drain without leaving listeners behind (an export of many GB waits thousands of times)', async () => {
    let received = 0;
    const out = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setImmediate(done);
      },
    });
    const before = { close: out.listenerCount('close'), error: out.listenerCount('error'), drain: out.listenerCount('drain') };
    const { write, flush } = streamWriter(out);
    const piece = 'x'.repeat(70 * 1024); // over the 64 KB batch: every write goes out and waits
    for (let i = 0; i < 30; i++) await write(piece);
    await flush();
    expect(received).toBe(30 * piece.length);
    expect({ close: out.listenerCount('close'), error: out.listenerCount('error'), drain: out.listenerCount('drain') }).toEqual(before);
  });
});
