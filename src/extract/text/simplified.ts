import { createRequire } from 'node:module';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { Rewriter, type OffsetMap } from './offsetMap.js';

type Convert = (text: string) => string;

// Characters that only traditional writing uses: OpenCC's TSCharacters keys whose simplified form
// differs. Simplified texts hold none of them (or one in a name), so they are never converted.
let traditional: Uint8Array | null = null;
function traditionalTable(): Uint8Array {
  if (traditional) return traditional;
  traditional = new Uint8Array(0x10000);
  for (const entry of tsCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to !== from) traditional[from.charCodeAt(0)] = 1;
  }
  return traditional;
}

let converter: Convert | null = null;
function convert(text: string): string {
  // Built on first need: its dictionaries cost some 60 ms that simplified-only runs never pay.
  if (!converter) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Convert };
    converter = opencc.Converter({ from: 't', to: 'cn' });
  }
  return converter(text);
}

/** True when `text` holds a character only traditional writing uses. */
export function hasTraditional(text: string): boolean {
  const table = traditionalTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && table[c]) return true;
  }
  return false;
}

/**
 * `text` in simplified characters (OpenCC, traditional → mainland simplified), with the map back
 * to `text`; unchanged (map null) when it holds no traditional-only character. Phrase conversion
 * keeps the length of almost every text; when it does not, the text is converted character by
 * character so that every offset still maps.
 */
export function toSimplified(text: string): { text: string; map: OffsetMap | null } {
  if (!hasTraditional(text)) return { text, map: null };
  const whole = convert(text);
  if (whole.length === text.length) {
    const w = new Rewriter(text);
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && whole[j] !== text[j]) j++;
      if (j > i) w.put(i, j, whole.slice(i, j));
      let k = j;
      while (k < text.length && whole[k] === text[k]) k++;
      w.keep(j, k);
      i = k;
    }
    return w.result();
  }
  const w = new Rewriter(text);
  let offset = 0;
  // for…of walks code points; offsets advance by their UTF-16 length.
  for (const ch of text) {
    w.put(offset, offset + ch.length, convert(ch));
    offset += ch.length;
  }
  return w.result();
}
