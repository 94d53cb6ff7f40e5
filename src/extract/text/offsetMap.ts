import type { TextRange } from '../types.js';

/**
 * Where each character of a rewritten text came from: character i of the rewritten text stands for
 * [from[i], to[i]) of the original. Deleted characters belong to no rewritten character; an
 * expansion (— → ——) gives every new character the same source.
 */
export interface OffsetMap {
  /** The original text's length. */
  readonly length: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Maps a range of the rewritten text to the range of the original text it was made from. */
export function originalRange(map: OffsetMap | null, r: TextRange): TextRange {
  if (map === null) return { start: r.start, end: r.end };
  const n = map.from.length;
  const start = r.start >= n ? map.length : map.from[Math.max(0, r.start)]!;
  if (r.end <= r.start) return { start, end: start };
  const end = r.end > n ? map.length : map.to[r.end - 1]!;
  return { start, end: Math.max(start, end) };
}

/** The map of `inner` applied after `outer` (outer rewrote the original, inner rewrote outer's output). */
export function composeMaps(outer: OffsetMap | null, inner: OffsetMap | null): OffsetMap | null {
  if (inner === null) return outer;
  if (outer === null) return inner;
  const from = new Int32Array(inner.from.length);
  const to = new Int32Array(inner.from.length);
  for (let i = 0; i < from.length; i++) {
    const r = originalRange(outer, { start: inner.from[i]!, end: inner.to[i]! });
    from[i] = r.start;
    to[i] = r.end;
  }
  return { length: outer.length, from, to };
}

/**
 * Builds a rewritten text piece by piece: `keep` copies original characters, `put` writes a
 * replacement for an original span (empty for a deletion). Returns no map when no offset moved.
 */
export class Rewriter {
  private readonly parts: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private changed = false;
  // True while every replacement kept its span's length: offsets then need no map at all.
  private sameLength = true;
  private kept = 0;

  constructor(private readonly original: string) {}

  keep(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.original.slice(start, end));
    for (let i = start; i < end; i++) {
      this.from.push(i);
      this.to.push(i + 1);
    }
    this.kept += end - start;
  }

  put(start: number, end: number, replacement: string): void {
    if (replacement === this.original.slice(start, end)) return this.keep(start, end);
    this.changed = true;
    if (replacement.length !== end - start) this.sameLength = false;
    this.parts.push(replacement);
    const len = replacement.length;
    // New character k stands for its share of the original span (all of it for an expansion).
    for (let k = 0; k < len; k++) {
      const a = start + Math.floor((k * (end - start)) / len);
      const b = start + Math.floor(((k + 1) * (end - start)) / len);
      this.from.push(a);
      this.to.push(Math.max(b, Math.min(end, a + 1)));
    }
  }

  /** The rewritten text and its map; the map is null when every offset stays where it was (same-length replacements only). */
  result(): { text: string; map: OffsetMap | null } {
    if (!this.changed && this.kept === this.original.length) return { text: this.original, map: null };
    if (this.sameLength) return { text: this.parts.join(''), map: null };
    return {
      text: this.parts.join(''),
      map: { length: this.original.length, from: Int32Array.from(this.from), to: Int32Array.from(this.to) },
    };
  }
}
