import { access, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { META_FIELDS, metaTotals, parseMeta, scoreMeta, type MetaScore, type MetaTotals } from '../extract/eval/scoreMeta.js';
import { overall, parseGold, scoreSpeech, type Recall, type SpeechScore } from '../extract/eval/scoreSpeech.js';
import { extractFile } from '../extract/extractFile.js';
import type { ExtractedSpeech } from '../extract/types.js';
import { InputError } from './InputError.js';

// What `tifa eval` needs to total and print the scores, so the CLI asks the application layer only.
export { META_FIELDS, metaTotals, overall };
export type { MetaScore, MetaTotals, Recall, SpeechScore };

/** The checkout's root: gold paths like `../shared/real/html/x.html` are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Everything one gold folder scores: speeches annotated in the gold format, and header metadata. */
export interface GoldFolderScores {
  speeches: SpeechScore[];
  /** From every `*.meta.json`, and from speech annotations that carry header fields (genre, speaker). */
  metas: MetaScore[];
}

/**
 * Finds the annotated text: an absolute path as is; a relative one beside the corpus, beside the
 * gold file, or from the repository root (so `../shared/real/html/x.html` works from any gold folder).
 */
async function locate(file: string, dirs: string[], goldPath: string): Promise<string> {
  const candidates = isAbsolute(file) ? [file] : [...new Set(dirs.map((d) => resolve(d, file)))];
  for (const c of candidates) {
    try {
      await access(c);
      return c;
    } catch {
      // try the next place
    }
  }
  throw new InputError(`${goldPath}: the text it annotates, "${file}", cannot be read (looked for ${candidates.join(', ')})`);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(error instanceof SyntaxError ? `${path}: not valid JSON` : `${path}: cannot be read`);
  }
}

/** Parses with `parse`, turning its validation Error into a InputError (message names the file). */
function parsed<T>(parse: (json: unknown, file: string) => T, json: unknown, path: string): T {
  try {
    return parse(json, path);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/**
 * Extracts and scores every annotation in `goldDir`: `*.meta.json` as header metadata, any other
 * `*.json` in the gold format (texts looked up in `corpusDir`, then as `locate` says). InputError
 * names a bad file; each text is extracted once even when two annotations point at it.
 */
export async function evaluateGoldFolder(goldDir: string, corpusDir: string, maxBytes: number): Promise<GoldFolderScores> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new InputError(`${goldDir}: cannot read the gold directory`);
  }
  if (names.length === 0) throw new InputError(`${goldDir}: no gold .json files`);
  const extracted = new Map<string, ExtractedSpeech>();
  const extract = async (file: string, goldPath: string): Promise<ExtractedSpeech> => {
    const path = await locate(file, [corpusDir, goldDir, REPO_ROOT], goldPath);
    const known = extracted.get(path);
    if (known) return known;
    const result = extractFile(await readFile(path), path, maxBytes);
    if (!result.ok) throw new InputError(result.diagnostics.map((d) => d.message).join('; '));
    extracted.set(path, result.speech);
    return result.speech;
  };
  const out: GoldFolderScores = { speeches: [], metas: [] };
  for (const name of names) {
    const goldPath = join(goldDir, name);
    const json = await readJson(goldPath);
    if (name.endsWith('.meta.json')) {
      const meta = parsed(parseMeta, json, goldPath);
      out.metas.push(scoreMeta(meta, await extract(meta.file, goldPath)));
      continue;
    }
    const gold = parsed(parseGold, json, goldPath);
    const speech = await extract(gold.file, goldPath);
    out.speeches.push(scoreSpeech(gold, speech));
    const hasHeader = typeof json === 'object' && json !== null && ('genre' in json || 'speaker' in json);
    if (hasHeader) out.metas.push(scoreMeta(parsed(parseMeta, json, goldPath), speech));
  }
  return out;
}

/**
 * The gold folders under `dir`: itself when it holds `*.json` annotations, and every folder below
 * it that does (../shared/real gives central/ and reports-2026/), in path order. InputError when
 * there is none.
 */
export async function goldFolders(dir: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      throw new InputError(`${d}: cannot read the gold directory`);
    }
    if (entries.some((e) => e.isFile() && e.name.endsWith('.json'))) found.push(d);
    for (const e of entries.filter((x) => x.isDirectory() && x.name !== 'node_modules' && !x.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
      await visit(join(d, e.name));
    }
  };
  await visit(dir);
  if (found.length === 0) throw new InputError(`${dir}: no gold .json files`);
  return found;
}

/** The speech scores of a gold folder (the golden tests' entry point); InputError when it has none. */
export async function scoreGoldFolder(goldDir: string, corpusDir: string, maxBytes: number): Promise<SpeechScore[]> {
  const { speeches } = await evaluateGoldFolder(goldDir, corpusDir, maxBytes);
  if (speeches.length === 0) throw new InputError(`${goldDir}: no speech annotations (only .meta.json files)`);
  return speeches;
}
