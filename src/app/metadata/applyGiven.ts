import { normaliseMetaValue } from '../../extract/eval/scoreMeta.js';
import { speakingPlace } from '../../extract/places/countryPlace.js';
import { normaliseMeetingName } from '../../extract/meetings/meetings.js';
import type { ExtractedSpeech } from '../../extract/types.js';
import { datesAgree } from './givenDate.js';
import { givenFields, METADATA_FIELDS, type GivenMetadata, type MetadataField, type MetadataSource } from './givenMetadata.js';

/** A given title replaces the extracted one; titleRange keeps pointing at the text only when the text holds exactly that title. */
export function withTitle(speech: ExtractedSpeech, title: string | null): ExtractedSpeech {
  if (title === null || title === speech.title) return speech;
  const range = speech.titleRange;
  const sameText = range !== null && speech.text.slice(range.start, range.end) === title;
  return { ...speech, title, titleRange: sameText ? range : null };
}

/** A field whose given value and extracted value disagree (the given one is kept). */
export interface MetadataConflict {
  field: MetadataField;
  given: string;
  extracted: string;
}

/** A speech with its given metadata applied, where each field came from, and where given and extracted disagree. */
export interface ResolvedSpeech {
  speech: ExtractedSpeech;
  /** The fields that hold given values (a level read off a given place counts as given). */
  given: MetadataField[];
  sources: Record<MetadataField, MetadataSource>;
  conflicts: MetadataConflict[];
}

/** A field's value as one line of text for a report, or null when the field has none (an empty title is none). */
function shown(field: MetadataField, s: GivenMetadata | ExtractedSpeech): string | null {
  switch (field) {
    case 'speaker':
      return s.speaker ? (s.speaker.role ? `${s.speaker.role} ${s.speaker.name}` : s.speaker.name) : null;
    case 'place':
      return s.place ? `${s.place.name} (${s.place.code})` : null;
    default:
      return s[field] || null;
  }
}

/**
 * Where `given` and the extractor disagree, field by field: only fields both have (an extractor
 * that finds nothing, or only the genre `other`, does not disagree). Text compares as the evaluation does (Unicode forms and
 * blanks folded); a date agrees at the shorter precision (a given year and a full date of that
 * year); a speaker by name, and by role where both have one; a place by code.
 */
export function metadataConflicts(extracted: ExtractedSpeech, given: GivenMetadata): MetadataConflict[] {
  const found = { ...extracted, place: speakingPlace(extracted.place, extracted.level, extracted.date) };
  const conflicts: MetadataConflict[] = [];
  for (const field of givenFields(given)) {
    const e = shown(field, found);
    // 'other' is the extractor's genre when nothing in the text names one: no evidence, no disagreement.
    if (e === null || (field === 'genre' && e === 'other')) continue;
    const agree = ((): boolean => {
      switch (field) {
        case 'date':
          return datesAgree(given.date!, found.date!);
        case 'speaker':
          return (
            normaliseMetaValue(given.speaker!.name) === normaliseMetaValue(found.speaker!.name) &&
            (given.speaker!.role === null || found.speaker!.role === null || normaliseMetaValue(given.speaker!.role) === normaliseMetaValue(found.speaker!.role))
          );
        case 'place':
          return given.place!.code === found.place!.code;
        default:
          return normaliseMetaValue(String(given[field])) === normaliseMetaValue(e);
      }
    })();
    if (!agree) conflicts.push({ field, given: shown(field, given)!, extracted: e });
  }
  return conflicts;
}

/**
 * The speech as stored: every given field replaces the extracted one, the others stay as the
 * extractor found them. A given venue keeps its meeting when the text mentions that meeting; a
 * given level drops an extracted place of another level; a given place brings its level. Then the
 * country rule (speakingPlace): a central speech comes from the country unless its date predates it.
 */
export function applyGiven(extracted: ExtractedSpeech, given: GivenMetadata = {}): ResolvedSpeech {
  const conflicts = metadataConflicts(extracted, given);
  let speech = given.title === undefined ? extracted : withTitle(extracted, given.title);
  const level = given.level ?? given.place?.level ?? extracted.level;
  const date = given.date ?? extracted.date;
  const extractedPlace = given.level !== undefined && extracted.place !== null && extracted.place.level !== given.level ? null : extracted.place;
  const place = given.place ?? speakingPlace(extractedPlace, level, date);
  let venueKey = extracted.venueKey;
  if (given.venue !== undefined && given.venue !== extracted.venue) {
    const named = normaliseMeetingName(given.venue);
    venueKey = extracted.meetings.find((m) => m.name === named || named.endsWith(m.name))?.key ?? null;
  }
  speech = {
    ...speech,
    venue: given.venue ?? extracted.venue,
    venueKey,
    date,
    speaker: given.speaker ?? extracted.speaker,
    genre: given.genre ?? extracted.genre,
    level,
    place,
  };
  const fields = givenFields(given);
  if (given.level === undefined && given.place !== undefined) fields.splice(fields.indexOf('place'), 0, 'level');
  const sources = Object.fromEntries(METADATA_FIELDS.map((f) => [f, fields.includes(f) ? 'given' : 'extracted'])) as Record<MetadataField, MetadataSource>;
  return { speech, given: METADATA_FIELDS.filter((f) => fields.includes(f)), sources, conflicts };
}
