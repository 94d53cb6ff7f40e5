import { contentEnd, contentStart } from './text/lines.js';
import { findLayout } from './header/layout.js';
import { makeLocator } from './parse/locator.js';
import { buildSections } from './parse/sections.js';
import { splitSentences } from './parse/sentences.js';
import { findDocuments } from './rules/documents.js';
import { genreOf } from './header/genre.js';
import { partialDeliveryDate } from './header/deliveryDate.js';
import { datelineDate, readHeader, type HeaderInfo } from './header/header.js';
import { readOpening, speakingLevel } from './header/opening.js';
import { dominantScope } from './meetings/level.js';
import { findMeetings, normaliseMeetingName } from './meetings/meetings.js';
import { findPlace } from './places/findPlace.js';
import { speakingPlace } from './places/countryPlace.js';
import { latestYearBefore } from './header/titleInfo.js';
import { findPersons } from './rules/persons.js';
import { dateLineOf, dateOf, speechLevel, titleDate, venueOf } from './header/titleInfo.js';
import { findSlogans } from './slogans/findSlogans.js';
import { extractTerms } from './terms/extractTerms.js';
import { restoreOffsets } from './restoreOffsets.js';
import { normaliseText } from './text/normalise.js';
import { composeMaps } from './text/offsetMap.js';
import { joinHeaderLines } from './header/joinHeaderLines.js';
import { textSha256 } from './textSha256.js';
import type { ExtractedSpeech, Locator, PersonFinding, TextRange } from './types.js';

// How far into the body the opening reaches (我代表江苏省人民政府… is in its first lines).
const HEAD_CHARS = 600;
// The People's Republic's founding year: a text that names no later year may be older than it.
const PRC_YEAR = 1949;
// How far the opening sentences are read for a venue, a genre or a speaker told in the third person.
const OPENING_CHARS = 1500;

/**
 * Extracts everything from one decoded speech: layout (title, body, dropped boilerplate), venue,
 * level, date, sentences, section tree, slogans, meetings, documents, persons and terms. Every
 * offset indexes `input.text`; the title, when found, is sentence 0. Never throws on odd input:
 * problems become diagnostics.
 */
export function extractSpeech(input: { text: string; source: string }): ExtractedSpeech {
  // Rules read the normalised text; offsets are led back to the original at the end.
  const normalised = normaliseText(input.text);
  const joined = joinHeaderLines(normalised.text);
  const text = joined.text;
  const map = composeMaps(normalised.map, joined.map);
  const speech = extractNormalised(text, input.source, textSha256(input.text));
  return map || text !== input.text ? restoreOffsets(speech, input.text, map) : speech;
}

function extractNormalised(text: string, source: string, sha256: string): ExtractedSpeech {
  const layout = findLayout(text);
  const { lines, body } = layout;
  const diagnostics = layout.diagnostics.map((d) => ({ ...d, file: source }));

  const bodyLines: number[] = [];
  for (let i = layout.firstBodyLine; i <= layout.lastBodyLine; i++) {
    if (!layout.dropped.has(i) && contentStart(lines[i]!) < contentEnd(lines[i]!)) bodyLines.push(i);
  }
  const lineRanges: TextRange[] = bodyLines.map((i) => ({ start: contentStart(lines[i]!), end: contentEnd(lines[i]!) }));
  // Subtitle, speaker and publication date; a speaker prefix (习近平：在…) leaves the title.
  const read = readHeader(text, layout);
  // A text with no header names its venue, genre or speaker in its opening sentences, if anywhere.
  const opening = readOpening(text.slice(body.start, Math.min(body.end, body.start + OPENING_CHARS)));
  const header: HeaderInfo =
    !read.speaker && opening.speaker && opening.speakerAt !== null
      ? { ...read, speaker: { name: opening.speaker.name, role: opening.speaker.role }, speakerRange: { start: body.start + opening.speakerAt, end: body.start + opening.speakerAt + opening.speaker.name.length } }
      : read;
  const { title, titleRange } = header;
  const sentences = [...(titleRange ? [titleRange] : []), ...splitSentences(text, lines, bodyLines)];
  const sections = buildSections(text, lines, bodyLines, body);
  const locate = makeLocator(sections, sentences);
  const scanned = titleRange ? [titleRange, ...lineRanges] : lineRanges;

  const v = venueOf(title);
  const venue = v?.venue ?? header.subtitleVenue ?? opening.venue;
  // The speaking body's place decides the level when the gazetteer knows it (北京市 is provincial).
  // Or the body the opening speaks for (我代表国务院…, 我受…中央委员会委托…) when nothing in the header names one.
  const headerLevel = speechLevel(title, venue) ?? (opening.speakingFor ? speakingLevel(opening.speakingFor) : null);
  const headerLines = [...layout.aboveTitle, ...layout.metaLines].map((i) => lines[i]!.text);
  const head = { start: 0, end: Math.min(text.length, body.start + HEAD_CHARS) };
  const { place, level: placeLevel } = findPlace(text, {
    header: [title, ...(header.subtitle ? [header.subtitle] : []), ...(venue ? [venue] : []), ...headerLines],
    head,
    body,
    centralHeader: headerLevel === 'central',
  });
  // Place-less local meetings (市委全会) are the speaking body's own when its place is known.
  const home = place ? [place.name, ...place.within.map((p) => p.name)] : [];
  const meetings = findMeetings(text, scanned, locate, sha256, home);
  let venueKey: string | null = null;
  if (v && titleRange) {
    const inTitle = meetings.find((m) => m.mentions.some((x) => x.start >= titleRange.start && x.end <= titleRange.end));
    // A letter-spaced or two-line title hides the name from the scan; the same name in the body counts.
    const named = normaliseMeetingName(v.venue);
    venueKey = inTitle?.key ?? meetings.find((m) => m.name === named || named.endsWith(m.name))?.key ?? null;
  } else if (venue) {
    const named = normaliseMeetingName(venue);
    venueKey = meetings.find((m) => m.name === named || named.endsWith(m.name))?.key ?? null;
  }
  const level =
    place?.level ??
    headerLevel ??
    placeLevel ??
    dominantScope(lineRanges.map((r) => text.slice(r.start, r.end)));

  // A date line is read below the title or after the end first, then just above the title
  // (some sites print the date before it), then a date-only line inside the body (a footer note
  // after it can make the closing date look like body), then inside the title itself, then from
  // partial evidence (a month-day line, a celebrated anniversary).
  let date: string | null = header.subtitleDate;
  for (const i of [...layout.metaLines, ...layout.aboveTitle]) {
    const d = date === null ? dateOf(lines[i]!.text) : null;
    if (d) {
      date = d.iso;
      break;
    }
  }
  for (let k = bodyLines.length - 1; date === null && k >= 0; k--) {
    const r = lineRanges[k]!;
    if (r.end - r.start <= 24) date = dateLineOf(text.slice(r.start, r.end));
  }
  date ??= titleDate(title) ?? datelineDate(text.slice(body.start, body.end), header.published);
  date ??= partialDeliveryDate(layout.metaLines.map((i) => lines[i]!.text), venue ?? title, text.slice(body.start, body.end), header.published, meetings);
  // Speaker lines around the title (市委书记 ×××) name persons too.
  const metaRanges = layout.metaLines.map((i) => ({ start: contentStart(lines[i]!), end: contentEnd(lines[i]!) }));

  const slogans = findSlogans(text, body, locate, sections);
  // Slogans and meetings as written here stay whole in segmentation, so they can rank as terms.
  const spans = [...meetings, ...slogans].flatMap((f) => f.mentions).filter((m) => !/[、，,×\s]/.test(m.text));
  const { terms, sectionTerms } = extractTerms(text, body, sections, spans, locate);
  if (sections.length === 0 && bodyLines.length > 0) {
    diagnostics.push({ severity: 'info', code: 'NO_SECTIONS', message: 'no numbered headings found', file: source });
  }
  return {
    source,
    sha256,
    text,
    body,
    title,
    titleRange,
    venue,
    venueKey,
    level,
    // A central body speaks for the country, unless the text is older than the People's Republic.
    place: speakingPlace(place, level, date ?? latestYearBefore(text, PRC_YEAR)),
    date,
    genre: genreOf({ title, subtitle: header.subtitle, venue, firstLine: lineRanges[0] ? text.slice(lineRanges[0].start, lineRanges[0].end) : '', opening: opening.genre }),
    subtitle: header.subtitle,
    speaker: header.speaker,
    published: header.published,
    sections,
    sentences,
    slogans,
    meetings,
    documents: findDocuments(text, scanned, locate),
    persons: withSpeaker(findPersons(text, [...metaRanges, ...scanned].sort((a, b) => a.start - b.start), locate), header, text, locate),
    terms,
    sectionTerms,
    diagnostics,
  };
}

/** The speaker is a person of the speech: their byline (or title prefix, or caption) is a mention. */
function withSpeaker(persons: PersonFinding[], header: HeaderInfo, text: string, locate: Locator): PersonFinding[] {
  const r = header.speakerRange;
  if (!header.speaker || !r) return persons;
  const { name } = header.speaker;
  if (persons.some((p) => p.mentions.some((m) => m.start < r.end && r.start < m.end))) return persons;
  const mention = { start: r.start, end: r.end, text: text.slice(r.start, r.end), ...locate(r.start) };
  const found = persons.find((p) => p.name === name);
  if (!found) return [{ name, count: 1, mentions: [mention] }, ...persons];
  found.mentions = [...found.mentions, mention].sort((a, b) => a.start - b.start);
  found.count++;
  return persons;
}
