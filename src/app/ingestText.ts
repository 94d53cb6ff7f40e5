import { extractFile, type ExtractFileResult } from '../extract/extractFile.js';
import type { Database } from '../graph/database.js';
import { refreshDerivedData } from '../graph/refreshDerivedData.js';
import { speechIdOf } from '../graph/write/speechRows.js';
import { writeSpeech, type WriteOutcome } from '../graph/write/writeSpeeches.js';
import { InputError } from './InputError.js';
import { storedRows } from './metadata/storedRows.js';

/** Sources of texts sent over the API start with this, so they can never replace a speech ingested from a file (whose source is an absolute path). */
export const TEXT_SOURCE_PREFIX = 'api:';
/** Longest title a caller may give (the extractor's own titles are lines of a speech). */
export const MAX_TITLE_LENGTH = 200;

/** What the caller says about a text besides the text itself. */
export interface TextMeta {
  /** A name for the text; the same source again replaces the earlier text (stored as `api:<source>`). */
  source?: string | null;
  /** A title that replaces the one the extractor finds. */
  title?: string | null;
}

/** What `ingestText` did. */
export interface IngestTextResult extends WriteOutcome {
  /** The stored source (`api:…`). */
  source: string;
}

/** Checks a caller's title: one line, at most MAX_TITLE_LENGTH characters; blank means none. */
export function givenTitle(title: string | null | undefined): string | null {
  const trimmed = title?.trim() ?? '';
  if (trimmed === '') return null;
  if (/[\r\n]/.test(trimmed)) throw new InputError('title must be one line', 'title');
  if ([...trimmed].length > MAX_TITLE_LENGTH) throw new InputError(`title is longer than ${MAX_TITLE_LENGTH} characters`, 'title');
  return trimmed;
}


/**
 * Loads one text given over the API exactly as a file with that name would be loaded: the same size
 * limit, decoding and cleaning (HTML is turned into its text like an .html file), extraction and
 * title rules; then writes it and brings derived data up to date. The source is namespaced
 * (`api:<source>`, or `api:<speech id>` when none is given). Bad input throws InputError.
 */
export async function ingestText(
  db: Database,
  text: string,
  meta: TextMeta,
  limits: { maxBytes: number },
  /** Where the extraction runs (a worker pool for a server); by default here. */
  extract: (text: string, name: string) => Promise<ExtractFileResult> = async (t, name) => extractFile(Buffer.from(t, 'utf8'), name, limits.maxBytes),
): Promise<IngestTextResult> {
  if (text.trim() === '') throw new InputError('text must not be empty', 'text');
  // Checked before the text goes anywhere: the extraction's own check would come after the copy to a worker.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) throw new InputError(`text is ${bytes} bytes, more than the limit of ${limits.maxBytes}`, 'text');
  const title = givenTitle(meta.title);
  const named = meta.source?.trim() || null;
  // The name decides decoding as it does for a file (an .html name means HTML; HTML is also sniffed).
  const fileName = `${TEXT_SOURCE_PREFIX}${named ?? 'text'}`;
  const result = await extract(text, fileName);
  if (!result.ok) {
    throw new InputError(`text: ${result.diagnostics.map((d) => d.message.replace(`${fileName}: `, '')).join('; ')}`, 'text');
  }
  const source = named === null ? `${TEXT_SOURCE_PREFIX}${speechIdOf(result.speech.sha256)}` : fileName;
  // A caller's title is given metadata: kept over the extracted one, and recorded as given.
  const outcome = await writeSpeech(db, storedRows({ ...result.speech, source }, title === null ? null : { title }));
  if (outcome.status !== 'unchanged') await refreshDerivedData(db);
  return { ...outcome, source };
}
