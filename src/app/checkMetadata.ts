import { extractSpeech } from '../extract/extractSpeech.js';
import type { Database } from '../graph/database.js';
import { givenMetadataPage, type GivenMetadataRow } from '../graph/read/givenMetadataPage.js';
import { metadataConflicts, type MetadataConflict } from './metadata/applyGiven.js';
import { givenPlace, type GivenMetadata, type MetadataField } from './metadata/givenMetadata.js';
import { printable, shown } from './printable.js';

/** Speeches read per page: each carries its whole text. */
const PAGE = 50;

/** What `tifa check --metadata` found: speeches with given metadata, and where extraction disagrees. */
export interface MetadataReport {
  speeches: number;
  conflicts: Array<MetadataConflict & { id: string; source: string }>;
  lines: string[];
}

/** The given metadata as stored: the value of each given field (a level read off a given place is left to the place). */
function storedGiven(row: GivenMetadataRow): GivenMetadata {
  const given: GivenMetadata = {};
  const has = (f: MetadataField): boolean => row.givenFields.includes(f);
  if (has('title') && row.title) given.title = row.title;
  if (has('venue') && row.venue) given.venue = row.venue;
  if (has('date') && row.date) given.date = row.date;
  if (has('speaker') && row.speaker) given.speaker = row.speaker;
  if (has('genre') && row.genre) given.genre = row.genre as GivenMetadata['genre'];
  if (has('place') && row.placeCode) given.place = givenPlace(row.placeCode);
  else if (has('level') && row.level) given.level = row.level as GivenMetadata['level'];
  return given;
}

/**
 * Extracts again the text of every speech that holds given metadata and reports each field where
 * the given value and the extractor's disagree (the given value is what the graph keeps). Read-only.
 */
export async function checkMetadata(db: Database): Promise<MetadataReport> {
  const conflicts: MetadataReport['conflicts'] = [];
  let speeches = 0;
  for (let after = ''; ; ) {
    const rows = await givenMetadataPage(db, after, PAGE);
    for (const row of rows) {
      speeches++;
      const extracted = extractSpeech({ text: row.text, source: row.source });
      for (const c of metadataConflicts(extracted, storedGiven(row))) conflicts.push({ ...c, id: row.id, source: row.source });
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)!.id;
  }
  const lines = conflicts.map((c) => `${c.id} ${shown(c.source)}: ${c.field} given ${printable(c.given)}, extracted ${printable(c.extracted)}`);
  lines.push(`metadata: ${speeches} speeches with given metadata, ${conflicts.length} fields where extraction disagrees (the given value is kept)`);
  return { speeches, conflicts, lines };
}
