/** One line of the original text: [start, end) excludes the line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines on \n, \r\n or \r, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const SPACE = '[\\s\\u00a0\\u3000]';
const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’×]';
const SPACED_CJK = new RegExp(`(?<=${CJK})${SPACE}+(?=${CJK})`, 'g');

/** Removes letter-spacing between CJK characters ("讲 话" → "讲话") and trims the ends. */
export function compactSpaces(s: string): string {
  return s.replace(SPACED_CJK, '').trim();
}

/** Offset of the first non-blank character of a line (full-width and no-break spaces count as blank). */
export function contentStart(line: Line): number {
  const m = /^[\s\u00a0\u3000\ufeff]*/.exec(line.text);
  return line.start + (m ? m[0].length : 0);
}

const BLANK = /[\s\u00a0\u3000]/;

/** Offset just after the last non-blank character of a line. */
export function contentEnd(line: Line): number {
  // Read back from the end: a pattern anchored at the end ([\s]*$) is tried at every position of the line.
  let end = line.text.length;
  while (end > 0 && BLANK.test(line.text[end - 1]!)) end--;
  return line.end - (line.text.length - end);
}
