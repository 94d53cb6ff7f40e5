/** Where pino's lines go: as they are (JSON), or one readable line per entry for a person at a terminal. */
export interface LogDestination {
  write(line: string): void;
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
// Fields shown in the line itself or not worth a person's attention.
const SHOWN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'method', 'path', 'status', 'ms', 'operation', 'bytes']);

function clock(time: unknown): string {
  const d = new Date(typeof time === 'number' ? time : Date.now());
  return d.toTimeString().slice(0, 8);
}

/** One pino JSON entry as a readable line: `12:03:04 INFO  POST /graphql 200 12.5 ms (Cooccurrence)` for requests, `msg key=value` otherwise. */
export function readableLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const level = (LEVELS[entry.level as number] ?? String(entry.level)).padEnd(5);
  const head = `${clock(entry.time)} ${level}`;
  const extra = Object.entries(entry)
    .filter(([k, v]) => !SHOWN.has(k) && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (entry.msg === 'request') {
    const operation = typeof entry.operation === 'string' ? ` (${entry.operation})` : '';
    return [`${head} ${entry.method} ${entry.path} ${entry.status} ${entry.ms} ms${operation}`, ...extra].join(' ');
  }
  return [`${head} ${String(entry.msg ?? '')}`, ...extra].join(' ');
}

/**
 * JSON lines unless a person reads them: readable lines when stdout is a terminal and the format
 * is `auto`, or when `pretty` is asked for; JSON for pipes, files and log collectors, or `json`.
 */
export function logDestination(format: 'auto' | 'json' | 'pretty', stream: NodeJS.WriteStream = process.stdout): LogDestination {
  const pretty = format === 'pretty' || (format === 'auto' && stream.isTTY === true);
  if (!pretty) return { write: (line) => void stream.write(line) };
  return { write: (line) => void stream.write(`${readableLogLine(line)}\n`) };
}
