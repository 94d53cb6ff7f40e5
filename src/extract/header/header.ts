import type { Layout } from './layout.js';
import type { Speaker, TextRange } from '../types.js';
import { captionSpeaker, parseByline, parseNameLine, parseRoleLine, titleSpeaker, type Byline } from './byline.js';
import { readSubtitle } from './subtitle.js';
import { dateOf } from './titleInfo.js';

/** What the lines around a title say: subtitle, speaker, publication date, and the title without a speaker prefix. */
export interface HeaderInfo {
  title: string;
  titleRange: TextRange | null;
  subtitle: string | null;
  /** Delivery date given by the subtitle, or null. */
  subtitleDate: string | null;
  /** Venue given by the subtitle (在…会议上), or null. */
  subtitleVenue: string | null;
  speaker: Speaker | null;
  /** Where the speaker's name is written, or null when no line names them. */
  speakerRange: TextRange | null;
  published: string | null;
}

// How far above the title a subtitle or byline may stand, in non-blank lines (below it: up to the body).
const REACH = 8;

/** Indices of the header lines (outside the body), nearest the title first, those after it before those above it. */
function byNearness(layout: Layout, titleLine: number): number[] {
  const outside = [...layout.kinds.keys()].filter((i) => i < layout.firstBodyLine || i > layout.lastBodyLine);
  const after = outside.filter((i) => i > titleLine && i < layout.firstBodyLine);
  const before = outside.filter((i) => i < titleLine).reverse().slice(0, REACH);
  return [...after, ...before];
}

function rangeOf(lineStart: number, b: Byline): TextRange {
  return { start: lineStart + b.start, end: lineStart + b.end };
}

/**
 * Reads the header around the title: a subtitle (——date在…会议上) with its date, venue and maybe a
 * byline; the speaker from a byline (省长 叶建春), else a title prefix (习近平：在…), else a name line
 * below the title, else a photo caption; the publication date from a labelled or time-stamped line.
 */
export function readHeader(text: string, layout: Layout): HeaderInfo {
  const { lines } = layout;
  const titleLine = layout.titleRange ? lines.findIndex((l) => l.end >= layout.titleRange!.start) : layout.firstBodyLine;
  const order = byNearness(layout, titleLine);
  const kindOf = (i: number) => layout.kinds.get(i);

  let subtitle: ReturnType<typeof readSubtitle> = null;
  let subtitleLine = -1;
  for (const i of order) {
    if (kindOf(i) !== 'subtitle') continue;
    subtitle = readSubtitle(lines[i]!.text);
    subtitleLine = i;
    break;
  }

  let speaker: Speaker | null = null;
  let speakerRange: TextRange | null = null;
  const take = (b: Byline | null, lineStart: number): boolean => {
    if (!b || speaker) return speaker !== null;
    speaker = { name: b.name, role: b.role };
    speakerRange = rangeOf(lineStart, b);
    return true;
  };
  for (const i of order) if (kindOf(i) === 'byline' && take(parseByline(lines[i]!.text), lines[i]!.start)) break;
  if (subtitle?.byline) take(subtitle.byline, lines[subtitleLine]!.start);

  let title = layout.title;
  let titleRange = layout.titleRange;
  const prefixed = titleSpeaker(title);
  if (prefixed && titleRange) {
    const raw = text.slice(titleRange.start, titleRange.end);
    take(prefixed.speaker, titleRange.start + raw.indexOf(prefixed.speaker.name));
    // 习近平：在… / 胡锦涛在… — the title proper starts at its 在; the name before it is the speaker's mention.
    title = prefixed.rest;
    titleRange = { start: titleRange.start + raw.indexOf('在', raw.indexOf(prefixed.speaker.name)), end: titleRange.end };
  }
  // A page headline above the title may name the speaker (某某书记在…上的讲话).
  for (const i of order.filter((j) => j < titleLine)) {
    const line = lines[i]!.text;
    const named = kindOf(i) === 'text' ? titleSpeaker(line.trim()) : null;
    if (named && take(named.speaker, lines[i]!.start + line.indexOf(named.speaker.name))) break;
  }
  // A bare name just below the title, subtitle or date line (习近平, 王 琛) is the byline of a speech.
  // A byline split over two lines (国务院总理 / 李强) gives the name its role.
  for (const i of order.filter((j) => j > titleLine).slice(0, 3)) {
    const named = kindOf(i) === 'text' ? parseNameLine(lines[i]!.text) : null;
    let prev = i - 1;
    while (prev > titleLine && lines[prev]!.text.trim() === '') prev--;
    const role = named && prev > titleLine ? parseRoleLine(lines[prev]!.text) : null;
    if (named && take(role ? { ...named, role } : named, lines[i]!.start)) break;
  }
  for (const i of order) if (kindOf(i) === 'caption' && take(captionSpeaker(lines[i]!.text), lines[i]!.start)) break;

  let published: string | null = null;
  for (const [i, kind] of layout.kinds) {
    if (kind !== 'published') continue;
    const d = dateOf(lines[i]!.text, true);
    if (d) {
      published = d.iso;
      break;
    }
  }
  const s = subtitle as ReturnType<typeof readSubtitle>;
  return {
    title,
    titleRange,
    subtitle: s ? s.text : null,
    subtitleDate: s?.date ?? null,
    subtitleVenue: s?.venue ?? null,
    speaker,
    speakerRange,
    published,
  };
}

// A news agency's dateline (新华社北京4月24日电): month and day of the event, the year left out.
const DATELINE = /(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,6}(\d{1,2})月(\d{1,2})日电/;

/**
 * The delivery date a news dateline gives, its year taken from the publication date (the same year
 * unless that would put it after publication), or null without either.
 */
export function datelineDate(body: string, published: string | null): string | null {
  const m = DATELINE.exec(body);
  if (!m || !published || published.length < 10) return null;
  const md = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const year = Number(published.slice(0, 4)) - (md > published.slice(5) ? 1 : 0);
  return `${year}-${md}`;
}
