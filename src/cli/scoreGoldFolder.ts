import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseGold, scoreSpeech, type SpeechScore } from '../extract/eval/scoreSpeech.js';
import { extractFile } from '../extract/extractFile.js';
import { CliError } from './CliError.js';

/** Extracts and scores every speech annotated in `goldDir` (files read from `corpusDir`); CliError names a bad file. */
export async function scoreGoldFolder(goldDir: string, corpusDir: string, maxBytes: number): Promise<SpeechScore[]> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new CliError(`${goldDir}: cannot read the gold directory`);
  }
  if (names.length === 0) throw new CliError(`${goldDir}: no gold .json files`);
  const scores: SpeechScore[] = [];
  for (const name of names) {
    const goldPath = join(goldDir, name);
    let gold;
    try {
      gold = parseGold(JSON.parse(await readFile(goldPath, 'utf8')), goldPath);
    } catch (error) {
      throw new CliError(error instanceof SyntaxError ? `${goldPath}: not valid JSON` : (error as Error).message);
    }
    const speechPath = join(corpusDir, gold.file);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(speechPath);
    } catch {
      throw new CliError(`${speechPath}: corpus file named by ${goldPath} cannot be read`);
    }
    const result = extractFile(bytes, speechPath, maxBytes);
    if (!result.ok) throw new CliError(result.diagnostics.map((d) => d.message).join('; '));
    scores.push(scoreSpeech(gold, result.speech));
  }
  return scores;
}
