import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractSpeech } from '../../src/extract/extractSpeech.js';
import type { ExtractedSpeech, Genre } from '../../src/extract/types.js';

const CENTRAL = resolve(import.meta.dirname, '..', '..', '../shared/real/central');

/** One row of ../shared/real/central/catalogue.csv with its text. */
export interface CatalogueEntry {
  file: string;
  date: string;
  genre: Genre;
  text: string;
}

/** The central reports' catalogue (a plain file: no quoted fields), each with its text. */
export function centralCatalogue(): CatalogueEntry[] {
  return readFileSync(resolve(CENTRAL, 'catalogue.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file, date, genre] = line.split(',');
      return { file: file!, date: date!, genre: genre as Genre, text: readFileSync(resolve(CENTRAL, file!), 'utf8') };
    });
}

/** The central reports extracted, dated and typed by their catalogue (central bodies: no place). */
export function centralSpeeches(catalogue = centralCatalogue()): ExtractedSpeech[] {
  return catalogue.map((c) => ({ ...extractSpeech({ text: c.text, source: `central/${c.file}` }), date: c.date, genre: c.genre, level: 'central' as const, place: null }));
}
