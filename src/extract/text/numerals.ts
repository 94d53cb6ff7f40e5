const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class source of Chinese numerals (for building patterns). */
export const CN_NUMERAL = '〇零一二两三四五六七八九十百';

/** Placeholder characters that stand for hidden names or numbers in anonymised texts. */
export const PLACEHOLDER = '×XＸ*＊';

/**
 * Parses a Chinese (十一, 二十三, 一百零五, 二〇三五) or Arabic numeral to a number; null when the
 * string is not a numeral (placeholders such as × included).
 */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  if (s === '' || ![...s].every((c) => c in DIGITS || c === '十' || c === '百')) return null;
  if (!s.includes('十') && !s.includes('百')) {
    // Digit-by-digit reading as in 二〇三五.
    return s.length > 1 ? Number([...s].map((c) => DIGITS[c]).join('')) : (DIGITS[s] ?? null);
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c === '百' || c === '十') {
      const unit = c === '百' ? 100 : 10;
      if (unit === 100 && total !== 0) return null;
      total += (digit ?? 1) * unit;
      digit = null;
    } else if (DIGITS[c] === 0) {
      digit = null; // 一百零五: 零 only marks a skipped place
    } else {
      if (digit !== null) return null;
      digit = DIGITS[c] ?? null;
    }
  }
  return total + (digit ?? 0);
}

/** Value of a circled number ① … ⑳, or null. */
export function parseCircled(c: string): number | null {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x2460 + 1 : null;
}

/** Value of a parenthesized number ⑴ … ⒇, or null. */
export function parseParenthesized(c: string): number | null {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0x2474 && code <= 0x2487 ? code - 0x2474 + 1 : null;
}
