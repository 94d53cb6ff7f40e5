import type { Database } from '../database.js';
import { graphReads, type GraphReads } from './graphReads.js';
import { meetingReads, type MeetingReads } from './meetingReads.js';
import { createPlaceReads, type PlaceReads } from './placeReads.js';
import type { MentionLabel } from './nodeKeys.js';
import { loadReadCypher } from './readCypher.js';
import { createReader } from './readRows.js';
import { sloganReads, type SloganReads } from './sloganReads.js';
import { speechReads, type SpeechReads } from './speechReads.js';
import { timeReads, type TimeReads } from './timeReads.js';

export type { SpeechFilterInput } from './speechReads.js';
/** Labels a speech can mention. */
export type { MentionLabel };

/** Every read the API makes, by entity; batch functions take many keys and make exactly one database query. */
export type ReadRepository = SpeechReads & SloganReads & MeetingReads & PlaceReads & GraphReads & TimeReads;

/** Builds the read repository over a database; loads every read query now, so a missing file fails start-up. */
export function createReadRepository(db: Database): ReadRepository {
  const reader = createReader(db, loadReadCypher());
  return { ...speechReads(reader), ...sloganReads(reader), ...meetingReads(reader), ...createPlaceReads(reader.rows), ...graphReads(db, reader), ...timeReads(reader) };
}
