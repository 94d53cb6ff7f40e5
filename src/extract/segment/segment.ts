// The only module that imports nodejieba: every caller segments through here, so the policy
// dictionary is loaded exactly once and a swap to @node-rs/jieba stays a one-file change.
// The dictionary is static after loading (the jieba files, the policy dictionary and the slogan
// lexicon): nothing a speech contains is ever added, so segmentation never depends on what was
// extracted before. A speech's own names are kept whole by `cutKeeping` instead.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejiebaModule from 'nodejieba';
import { sloganLexicon } from '../slogans/sloganLexicon.js';
import { idfFromDictionary, idfIndex, idfIndexSource, idfSourceStamp, type IdfTable } from './idfIndex.js';

// The package sets these paths at run time but its type declarations omit them.
const nodejieba = nodejiebaModule as typeof nodejiebaModule & {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
};

const POLICY_DICT = fileURLToPath(new URL('../lexicon/policy-dict.txt', import.meta.url));
// nodejieba.load() also loads an IDF dictionary for its own keyword extractor, which we never call
// (TF-IDF is computed by `idfTable` below). Its default file costs ~0.17 s of every start-up; cppjieba
// needs a file with at least one positive entry, so it gets this one-line one.
const UNUSED_EXTRACTOR_IDF = fileURLToPath(new URL('../lexicon/nodejieba-idf-minimal.txt', import.meta.url));

// jieba's IDF dictionary compiled by the build (tools/compile-idf.mjs) into dist/ beside this module;
// absent when running from src/ (tests), where the table is compiled in memory instead.
const COMPILED_IDF = fileURLToPath(new URL('../lexicon/jieba-idf.index.txt', import.meta.url));

let loaded = false;
let idfCache: IdfTable | null = null;

export type { IdfTable };

function requireFile(path: string, what: string): void {
  // cppjieba aborts the whole process on a missing dictionary, so check before handing it over.
  if (!existsSync(path)) throw new Error(`${path}: ${what} not found`);
}

// cppjieba reads user-dictionary lines as "word [frequency] [tag]"; @node-rs/jieba ignores lines
// without a frequency, so both get the full form.
const DICT_LINE = /^\S+ \d+ [a-z]+$/;

/** Checks every line of a user dictionary; throws naming the file and line of the first bad one. */
export function checkUserDictionary(path: string, content: string): void {
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '' && i === lines.length - 1) return;
    if (!DICT_LINE.test(line)) throw new Error(`${path}:${i + 1}: expected "word frequency tag", got "${line}"`);
  });
}

function ensureLoaded(): void {
  if (loaded) return;
  for (const [path, what] of [
    [nodejieba.DEFAULT_DICT, 'jieba dictionary'],
    [nodejieba.DEFAULT_HMM_DICT, 'jieba HMM model'],
    [nodejieba.DEFAULT_USER_DICT, 'jieba user dictionary'],
    [nodejieba.DEFAULT_IDF_DICT, 'jieba IDF dictionary'],
    [nodejieba.DEFAULT_STOP_WORD_DICT, 'jieba stop-word list'],
    [POLICY_DICT, 'policy dictionary'],
    [UNUSED_EXTRACTOR_IDF, 'minimal IDF file for the unused keyword extractor'],
  ] as const) requireFile(path, what);
  checkUserDictionary(POLICY_DICT, readFileSync(POLICY_DICT, 'utf8'));
  // load({ userDict }) rather than insertWord alone: it is the documented way to bring a user
  // dictionary in, and cppjieba accepts several files separated by '|'.
  nodejieba.load({ userDict: `${nodejieba.DEFAULT_USER_DICT}|${POLICY_DICT}`, idfDict: UNUSED_EXTRACTOR_IDF });
  const lex = sloganLexicon();
  const words = new Set(lex.formulas.flatMap((f) => [f.name, ...f.variants]).map((w) => w.trim()));
  for (const word of words) if (word.length >= 2 && !/[\s、，]/.test(word)) nodejieba.insertWord(word);
  loaded = true;
}

/** Segments `text` into words with HMM on (numbers like 2035 stay one token); the words join back to `text`. */
export function cut(text: string): string[] {
  ensureLoaded();
  return nodejieba.cut(text, true);
}

/**
 * Offsets of the words jieba's part-of-speech tagger marks as person names (tag nr) in `text`.
 * The tagger guesses from the dictionary and HMM, so callers confirm names by their context.
 */
export function personNameSpans(text: string): Array<{ start: number; end: number }> {
  ensureLoaded();
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    if (tag === 'nr') spans.push({ start: at, end: at + word.length });
    at += word.length;
  }
  return spans;
}

// cppjieba cuts its input at these separators first (SegmentBase's SPECIAL_SEPARATORS: space, tab,
// line feed, ，and 。; its PreFilter makes each separator a word of its own) and segments every
// stretch between them on its own, with the dictionary and the HMM alike. So the words of a clause
// never depend on the text around it, and a clause can be segmented or tagged alone.
const SEPARATOR = new Set([' ', '\t', '\n', '，', '。']);

/**
 * The clause of `text` around [from, to) that jieba segments on its own: from just after the last
 * separator before `from` (or the start) to the first separator at or after `to` (or the end).
 */
export function jiebaClause(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SEPARATOR.has(text[start - 1]!)) start--;
  let end = Math.max(from, to);
  while (end < text.length && !SEPARATOR.has(text[end]!)) end++;
  return { start, end };
}

/**
 * The spans `personNameSpans(text)` finds inside the clause around [from, to) (see `jiebaClause`),
 * at the same offsets, tagging the clause alone: a rule that asks about a few words pays for
 * their clause rather than for the whole text.
 */
export function personNameSpansAround(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const clause = jiebaClause(text, from, to);
  return personNameSpans(text.slice(clause.start, clause.end)).map((s) => ({ start: s.start + clause.start, end: s.end + clause.start }));
}

/** A segmented word with its offset in the segmented text. */
export interface Token {
  word: string;
  start: number;
}

/**
 * Segments `text` like `cut`, then makes each of `spans` (offsets into `text`: a speech's own
 * slogans and meetings) one token: word boundaries inside a span are dropped and its edges become
 * boundaries. Overlapping spans keep the earlier one. The words still join back to `text`.
 */
export function cutKeeping(text: string, spans: readonly { start: number; end: number }[]): Token[] {
  const boundary = keptBoundaries(text, spans);
  const tokens: Token[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (boundary[i] === 0) continue;
    tokens.push({ word: text.slice(from, i), start: from });
    from = i;
  }
  return tokens;
}

/**
 * The word boundaries of `cutKeeping(text, spans)` as one flag per offset (1 where a word starts
 * or the text ends): callers that skip most words read them without a string or object per word.
 */
export function keptBoundaries(text: string, spans: readonly { start: number; end: number }[]): Uint8Array {
  // One flag per offset instead of a set of numbers to sort: the boundaries come out in order.
  const boundary = new Uint8Array(text.length + 1);
  boundary[0] = boundary[text.length] = 1;
  let at = 0;
  for (const word of cut(text)) boundary[(at += word.length)] = 1;
  const kept = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end - s.start >= 2)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let last = -1;
  for (const s of kept) {
    if (s.start < last) continue;
    boundary.fill(0, s.start + 1, s.end);
    boundary[s.start] = boundary[s.end] = 1;
    last = s.end;
  }
  return boundary;
}

/**
 * jieba's inverse document frequencies, read once: from the index the build compiled when it came
 * from this very dictionary, else from the dictionary itself (the same answers, checked word by
 * word in idfIndex.test.ts; the index only loads faster).
 */
export function idfTable(): IdfTable {
  if (idfCache) return idfCache;
  requireFile(nodejieba.DEFAULT_IDF_DICT, 'jieba IDF dictionary');
  const dictionary = readFileSync(nodejieba.DEFAULT_IDF_DICT);
  const built = existsSync(COMPILED_IDF) ? readFileSync(COMPILED_IDF) : null;
  const fresh = built !== null && idfIndexSource(built) === idfSourceStamp(dictionary);
  idfCache = fresh ? idfIndex(built) : idfFromDictionary(dictionary.toString('utf8'));
  return idfCache;
}
