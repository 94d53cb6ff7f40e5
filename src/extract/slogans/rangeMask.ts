import type { TextRange } from '../types.js';

/** Marks [start, end) of the text in `mask`, whose index 0 is the text offset `base`. */
export function markRange(mask: Uint8Array, base: number, r: TextRange): void {
  mask.fill(1, Math.max(0, r.start - base), Math.max(0, r.end - base));
}

/** True when no offset of [start, end) is marked in `mask` (index 0 = text offset `base`). */
export function isFree(mask: Uint8Array, base: number, start: number, end: number): boolean {
  for (let i = start - base; i < end - base; i++) if (mask[i]) return false;
  return true;
}

/** Escapes a literal for use inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
