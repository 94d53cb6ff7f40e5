import { describe, expect, it } from 'vitest';
import { logDestination, readableLogLine } from './logDestination.js';

const request = JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 2, 3, 4, 5), service: 'tifa-api', msg: 'request', method: 'POST', path: '/graphql', status: 200, ms: 12.5, operation: 'Top' });

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

describe('request logs', () => {
  it('read as one line per request on a terminal', () => {
    expect(readableLogLine(request)).toMatch(/^\d\d:\d\d:\d\d INFO  POST \/graphql 200 12\.5 ms \(Top\)$/);
  });

  it('keep fields other than the shown ones as key=value', () => {
    const line = readableLogLine(JSON.stringify({ level: 50, time: 0, msg: 'request failed', err: { message: 'boom' } }));
    expect(line).toMatch(/ERROR request failed err=\{"message":"boom"\}$/);
  });

  it('are JSON when stdout is not a terminal, or when asked', () => {
    const pipe = fakeStream(false);
    logDestination('auto', pipe.stream).write(`${request}\n`);
    expect(JSON.parse(pipe.written[0]!)).toMatchObject({ msg: 'request', status: 200 });
    const tty = fakeStream(true);
    logDestination('json', tty.stream).write(`${request}\n`);
    expect(JSON.parse(tty.written[0]!)).toMatchObject({ msg: 'request' });
  });

  it('are readable on a terminal, or when asked', () => {
    const tty = fakeStream(true);
    logDestination('auto', tty.stream).write(`${request}\n`);
    expect(tty.written[0]).toMatch(/POST \/graphql 200/);
    const pipe = fakeStream(false);
    logDestination('pretty', pipe.stream).write(`${request}\n`);
    expect(pipe.written[0]).toMatch(/POST \/graphql 200/);
  });
});
