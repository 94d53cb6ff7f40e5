import { parse } from 'node-html-parser';
import { articleText } from './html/articleText.js';
import type { Diagnostic } from './types.js';

/** The outcome of decoding one file: the text (null when unusable) and what was noticed. */
export interface DecodedSpeech {
  text: string | null;
  /** Which decoder produced the text, e.g. utf-8, gb18030, utf-16le; null when none did. */
  encoding: string | null;
  diagnostics: Diagnostic[];
}

const HTML_EXT = /\.x?html?$/i;
const HTML_SNIFF = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
// Control characters other than tab, line feed, form feed and carriage return mark binary data.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

// A sentence of running text: some words closed by sentence punctuation.
const PROSE = /[^\s。！？!?]{4,}[。！？!?]/;

function error(file: string, code: string, message: string): Diagnostic {
  return { severity: 'error', code, message: `${file}: ${message}`, file };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes by BOM, then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312). */
function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = tryDecode(bytes, 'utf-16le');
    return t === null ? null : { text: t, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = tryDecode(bytes, 'utf-16be');
    return t === null ? null : { text: t, encoding: 'utf-16be' };
  }
  // NUL bytes never occur in UTF-8 or GB18030 text; without a UTF-16 BOM they mean binary data.
  if (bytes.includes(0)) return null;
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode(bytes, 'gb18030');
  return gb === null ? null : { text: gb, encoding: 'gb18030' };
}

/** GB18030 accepts many byte soups; real text is mostly CJK, ASCII and punctuation, with no controls. */
export function looksLikeText(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, sample.length * 0.001)) return false;
  // Code points are read straight from the UTF-16 units (a surrogate pair is one, a lone surrogate
  // one of its own, as a string's iterator gives them), without a string per character.
  let plausible = 0;
  let codePoints = 0;
  for (let i = 0; i < sample.length; i++) {
    let c = sample.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    codePoints++;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x206f) || // general punctuation (“” — …)
      c === 0xa0 || c === 0xd7 // no-break space, ×
    ) {
      plausible++;
    }
  }
  return plausible >= codePoints * 0.9;
}

/**
 * The text of an HTML page: its article (heading, metadata lines and the content block found by
 * text density, up to the block's end) when it has one, else the whole body with scripts, styles
 * and templates dropped; blocks on their own lines either way.
 */
export function htmlToText(html: string): string {
  const article = articleText(html);
  if (article !== null) return article;
  const root = parse(html.replace(/<\?[^>]*>/g, '').replace(/<!doctype[^>]*>/i, ''), { comment: false });
  for (const node of root.querySelectorAll('script,style,noscript,template,head')) node.remove();
  const body = root.querySelector('body') ?? root;
  return body.structuredText;
}

/**
 * Turns a file's bytes into text: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030/GBK detected
 * from the bytes; `.html`/`.htm` (or bytes that start like HTML) become their body text. Empty,
 * binary, undecodable or oversized input yields `text: null` and an error diagnostic naming the
 * file; it never throws.
 */
export function decodeSpeech(bytes: Uint8Array, fileName: string, maxBytes: number): DecodedSpeech {
  const fail = (code: string, message: string): DecodedSpeech => ({
    text: null,
    encoding: null,
    diagnostics: [error(fileName, code, message)],
  });
  if (bytes.length > maxBytes) {
    return fail('TOO_LARGE', `file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  if (bytes.length === 0) return fail('EMPTY_FILE', 'file is empty');
  const decoded = decodeBytes(bytes);
  if (decoded === null) {
    return bytes.includes(0)
      ? fail('BINARY_FILE', 'file looks binary (contains NUL bytes), not a text or HTML speech')
      : fail('UNDECODABLE', 'bytes are neither valid UTF-8 nor GB18030/GBK');
  }
  let text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!looksLikeText(text)) {
    return fail('BINARY_FILE', `file looks binary (decoded as ${decoded.encoding} it is not readable text)`);
  }
  const diagnostics: Diagnostic[] = [];
  if (decoded.encoding !== 'utf-8') {
    diagnostics.push({
      severity: 'info',
      code: 'ENCODING',
      message: `${fileName}: decoded as ${decoded.encoding}`,
      file: fileName,
    });
  }
  if (HTML_EXT.test(fileName) || HTML_SNIFF.test(text.slice(0, 1000))) {
    text = htmlToText(text);
    // A page of navigation, link lists and labels has no sentence to extract: better refused than
    // stored as a speech titled from its menu.
    if (text.trim() !== '' && !PROSE.test(text)) {
      return { ...fail('NO_ARTICLE', 'HTML page has no article body (no sentence of text outside navigation and page furniture)'), encoding: decoded.encoding };
    }
  }
  if (text.trim() === '') return { ...fail('EMPTY_FILE', 'file holds no text'), encoding: decoded.encoding };
  return { text, encoding: decoded.encoding, diagnostics };
}
