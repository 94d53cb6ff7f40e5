import type { Sentence } from '../types.js';
import { contentEnd, contentStart, type Line } from '../text/lines.js';

const TERMINATOR = /[。！？；!?;]+[”’」』）)]*/g;

/** Splits the given lines into sentences on 。！？； (closing quotes stay with their sentence) and line ends. */
export function splitSentences(text: string, lines: Line[], lineIndices: number[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /[\s\u3000]/.test(text[start] ?? '')) start++;
    while (end > start && /[\s\u3000]/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  };
  for (const i of lineIndices) {
    const line = lines[i]!;
    const from = contentStart(line);
    const to = contentEnd(line);
    const slice = text.slice(from, to);
    let last = 0;
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(slice); m !== null; m = TERMINATOR.exec(slice)) {
      const end = m.index + m[0].length;
      push(from + last, from + end);
      last = end;
    }
    push(from + last, to);
  }
  return out;
}
