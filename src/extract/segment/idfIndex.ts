// jieba's IDF dictionary has ~260,000 "word value" lines. Reading it into a Map costs ~0.2 s of
// every `tifa extract` start, for a text that looks up a few hundred words. The build compiles the
// dictionary once into an index (tools/compile-idf.mjs) that is used as read: the lines sorted by
// their UTF-8 bytes and a table of where each starts, so a look-up is a binary search over bytes
// and nothing is decoded, split or copied at start.
import { createHash } from 'node:crypto';

/** Inverse document frequencies by word, and the median used for words the table does not know. */
export interface IdfTable {
  get(word: string): number | undefined;
  median: number;
}

const MAGIC = '#tifa-idf-index';
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** The default IDF when a dictionary has no valid line at all. */
const EMPTY_MEDIAN = 10;

/** `word value` pairs of a jieba IDF dictionary; a later line for the same word wins, as in a Map. */
export function parseIdf(content: string): Map<string, number> {
  const idf = new Map<string, number>();
  for (let start = 0; start < content.length; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    const space = content.lastIndexOf(' ', end - 1);
    if (space > start) {
      const value = Number(content.slice(space + 1, end));
      if (Number.isFinite(value)) idf.set(content.slice(start, space), value);
    }
    start = end + 1;
  }
  return idf;
}

function medianOf(idf: Map<string, number>): number {
  const values = Float64Array.from(idf.values()).sort();
  return values.length > 0 ? values[Math.floor(values.length / 2)]! : EMPTY_MEDIAN;
}

/** A jieba IDF dictionary read straight into a Map: the table without a compiled index. */
export function idfFromDictionary(content: string): IdfTable {
  const idf = parseIdf(content);
  return { median: medianOf(idf), get: (word) => idf.get(word) };
}

/** What identifies a dictionary's bytes: an index compiled from other bytes is stale. */
export function idfSourceStamp(dictionary: Uint8Array): string {
  return createHash('sha1').update(dictionary).digest('hex');
}

/**
 * Compiles a jieba IDF dictionary (its UTF-8 bytes) into the index: a header line
 * `#tifa-idf-index <median> <stamp of the dictionary> <lines>` padded to a multiple of 4 bytes, the
 * byte offset of each line as int32 in the platform's byte order, then the `word value` lines sorted by bytes.
 */
export function compileIdf(dictionary: Uint8Array): Buffer {
  const idf = parseIdf(Buffer.from(dictionary).toString('utf8'));
  const lines = [...idf].map(([word, value]) => Buffer.from(`${word} ${value}\n`, 'utf8'));
  const wordOf = (line: Buffer): Buffer => line.subarray(0, line.lastIndexOf(SPACE));
  lines.sort((a, b) => Buffer.compare(wordOf(a), wordOf(b)));
  let header = `${MAGIC} ${medianOf(idf)} ${idfSourceStamp(dictionary)} ${lines.length}`;
  header = `${header.padEnd(Math.ceil((header.length + 1) / 4) * 4 - 1, ' ')}\n`;
  const offsets = new Int32Array(lines.length);
  let at = 0;
  lines.forEach((line, i) => {
    offsets[i] = at;
    at += line.length;
  });
  return Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from(offsets.buffer), ...lines]);
}

interface IndexHeader {
  median: number;
  stamp: string;
  count: number;
  length: number;
}

function readHeader(compiled: Uint8Array): IndexHeader | null {
  const buffer = Buffer.from(compiled.buffer, compiled.byteOffset, compiled.byteLength);
  const end = buffer.indexOf(NEWLINE);
  if (end < 0 || (end + 1) % 4 !== 0) return null;
  const [magic, median, stamp, count] = buffer.toString('latin1', 0, end).trim().split(' ');
  if (magic !== MAGIC || stamp === undefined || count === undefined) return null;
  return { median: Number(median), stamp, count: Number(count), length: end + 1 };
}

/** The stamp of the dictionary a compiled index came from, or null when `compiled` is not an index. */
export function idfIndexSource(compiled: Uint8Array): string | null {
  return readHeader(compiled)?.stamp ?? null;
}

/** Reads a compiled index (see `compileIdf`) in place. */
export function idfIndex(compiled: Uint8Array): IdfTable {
  const header = readHeader(compiled);
  if (header === null) throw new Error('not a compiled IDF index');
  const buffer = Buffer.from(compiled.buffer, compiled.byteOffset, compiled.byteLength);
  const offsetsAt = compiled.byteOffset + header.length;
  // Int32Array needs an aligned start; a Buffer from readFileSync of a large file has one, others are copied.
  const offsets =
    offsetsAt % 4 === 0
      ? new Int32Array(compiled.buffer, offsetsAt, header.count)
      : new Int32Array(new Uint8Array(buffer.subarray(header.length, header.length + 4 * header.count)).buffer);
  const lines = buffer.subarray(header.length + 4 * header.count);
  const lineEnd = (i: number): number => (i + 1 < offsets.length ? offsets[i + 1]! - 1 : lines.length - 1);
  const search = (word: string): number | undefined => {
    const key = Buffer.from(word, 'utf8');
    let low = 0;
    let high = offsets.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const end = lineEnd(mid);
      // The value after the last space is a short number: scanning back to it is cheaper than a Buffer call.
      let space = end;
      while (space >= 0 && lines[space] !== SPACE) space--;
      const order = compareBytes(lines, offsets[mid]!, space, key);
      if (order === 0) return Number(lines.toString('latin1', space + 1, end));
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
  // Speeches share most of their words, so answers are remembered (the index never changes, so a
  // remembered answer is the answer); the memory is emptied when full, which only costs a search.
  // A word the index lacks is remembered as null, so one look-up answers both kinds.
  const known = new Map<string, number | null>();
  return {
    median: header.median,
    get(word: string): number | undefined {
      const remembered = known.get(word);
      if (remembered !== undefined) return remembered ?? undefined;
      const value = search(word);
      if (known.size >= MEMO_LIMIT) known.clear();
      known.set(word, value ?? null);
      return value;
    },
  };
}

/** How many answers an index remembers: about the distinct words of a few hundred speeches. */
const MEMO_LIMIT = 100_000;

/** Orders `a[from, to)` against `b` byte by byte like Buffer.compare, without making a view of `a`. */
export function compareBytes(a: Uint8Array, from: number, to: number, b: Uint8Array): number {
  const n = Math.min(to - from, b.length);
  for (let j = 0; j < n; j++) {
    const d = a[from + j]! - b[j]!;
    if (d !== 0) return d;
  }
  return to - from - b.length;
}
