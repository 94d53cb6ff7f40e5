/** Longest piece of stored text (a title, a source) a command line repeats. */
export const MAX_SHOWN_CHARS = 120;

// C0 controls (newline included), DEL, C1 controls and the Unicode line/paragraph separators:
// printed raw, a file name holding them could forge or overwrite lines of a command's output.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character escaped (\n, \r, \t, \xNN, \uNNNN), so it stays on one line. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** `printable(text)`, cut to `max` characters with the length left out ("… (+N characters)"). */
export function shown(text: string, max = MAX_SHOWN_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return printable(text);
  return `${printable(chars.slice(0, max).join(''))}… (+${chars.length - max} characters)`;
}

/** The most characters of a client's argument an error message repeats. */
export const MAX_ECHO_CHARS = 100;

/** A client's value as an error message may repeat it: quoted, cut to MAX_ECHO_CHARS. */
export function quote(value: string): string {
  return JSON.stringify(value.length > MAX_ECHO_CHARS ? `${value.slice(0, MAX_ECHO_CHARS)}…` : value);
}
